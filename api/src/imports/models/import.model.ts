import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ImportStatusValue {
  pending = 'pending',
  running = 'running',
  succeeded = 'succeeded',
  failed = 'failed',
  duplicate = 'duplicate',
}

registerEnumType(ImportStatusValue, {
  name: 'ImportStatus',
  description:
    'running: bezig; succeeded: geladen; failed: niets opgeslagen; duplicate: bestand al eerder geladen',
});

@ObjectType({ description: 'Live progress of an import running in this API process' })
export class ImportProgressView {
  @Field({ description: 'wachten (on another import), lezen, samenvoegen (merge), klaar' })
  phase!: string;

  @Field(() => Int)
  rowsRead!: number;

  @Field(() => Int)
  rowsRejected!: number;

  @Field(() => Float)
  bytesRead!: number;

  @Field(() => Float)
  totalBytes!: number;

  @Field(() => Float, { nullable: true, description: 'Share of the file read, 0–100; null when unknown' })
  percent!: number | null;

  @Field(() => Float, { nullable: true, description: 'Rows read per second since reading began' })
  rowsPerSecond!: number | null;

  @Field(() => Float)
  elapsedSeconds!: number;
}

@ObjectType({ description: 'One import of a source file (Bronnen page)' })
export class ImportView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'File name as stored (redacted like any other text)' })
  fileName!: string;

  @Field()
  profile!: string;

  @Field()
  municipalityCode!: string;

  @Field(() => ImportStatusValue)
  status!: ImportStatusValue;

  @Field(() => Int)
  rowsRead!: number;

  @Field(() => Int)
  rowsInserted!: number;

  @Field(() => Int)
  rowsUpdated!: number;

  @Field(() => Int)
  rowsUnchanged!: number;

  @Field(() => Int)
  rowsRejected!: number;

  @Field(() => String, { nullable: true, description: 'Earliest date in the loaded rows (ISO)' })
  minDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Latest date in the loaded rows (ISO)' })
  maxDate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it failed, or which import already loaded the file',
  })
  error!: string | null;

  @Field(() => String, { nullable: true })
  startedBy!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => [String])
  warnings!: string[];

  @Field(() => ImportProgressView, {
    nullable: true,
    description: 'Only while the import runs in this API process (uploads via the dashboard)',
  })
  progress!: ImportProgressView | null;
}

@ObjectType()
export class ImportPage {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [ImportView], { description: 'Newest first' })
  items!: ImportView[];
}
