import { Field, InputType } from '@nestjs/graphql';
import { DateRangeInput } from '../../metrics/dto/metrics-query.input';

@InputType({ description: 'Half years overlapping the range; optionally one municipality' })
export class ProviderComplianceQueryInput {
  @Field(() => DateRangeInput)
  dateRange!: DateRangeInput;

  @Field(() => [String], { nullable: true, description: 'CBS municipality codes (GMnnnn)' })
  municipality?: string[] | null;
}
