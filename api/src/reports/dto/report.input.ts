import { Field, InputType } from '@nestjs/graphql';
import { IsoDateScalar } from '../../metrics/dto/iso-date.scalar';
import { ReportKind, ReportTextInput } from '../models/report.model';
import { ReportKindName } from '../report-snapshot.entity';

@InputType({ description: 'Which report to compose: a P&C moment and a period (half year, year or custom)' })
export class ReportInput {
  @Field(() => ReportKind)
  kind!: ReportKindName;

  @Field(() => IsoDateScalar)
  from!: string;

  @Field(() => IsoDateScalar)
  to!: string;

  @Field(() => String, { nullable: true, description: 'Only for users not scoped to one municipality' })
  municipalityCode?: string | null;

  @Field(() => [ReportTextInput], { nullable: true, description: "The college's own words per section" })
  texts?: ReportTextInput[] | null;
}
