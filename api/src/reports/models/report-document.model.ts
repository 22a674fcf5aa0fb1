import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  DOCUMENT_FORMATS,
  DOCUMENT_STATUSES,
  DocumentFormatName,
  DocumentStatusName,
} from '../report-document.entity';

export const DocumentFormat = Object.fromEntries(DOCUMENT_FORMATS.map((f) => [f, f])) as {
  [K in DocumentFormatName]: K;
};
registerEnumType(DocumentFormat, { name: 'DocumentFormat', description: 'pdf (tagged), docx, xlsx' });
export const DocumentStatus = Object.fromEntries(DOCUMENT_STATUSES.map((s) => [s, s])) as {
  [K in DocumentStatusName]: K;
};
registerEnumType(DocumentStatus, {
  name: 'DocumentStatus',
  description: 'wachtend (queued), bezig (rendering), klaar (ready), mislukt (failed)',
});

@ObjectType({ description: 'A document rendered from a snapshot in the background' })
export class ReportDocumentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  snapshotId!: string;

  @Field(() => DocumentFormat)
  format!: DocumentFormatName;

  @Field(() => DocumentStatus)
  status!: DocumentStatusName;

  @Field(() => Int, { description: '0..100' })
  progress!: number;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => String, { nullable: true, description: 'GET this path (with the session cookie) when ready' })
  downloadUrl!: string | null;
}
