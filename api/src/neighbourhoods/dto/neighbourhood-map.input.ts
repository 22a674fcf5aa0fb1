import { Field, InputType } from '@nestjs/graphql';
import { DateRangeInput, MetricsFilterInput } from '../../metrics/dto/metrics-query.input';

@InputType({ description: 'The map: the period and the same filters as the indicators' })
export class NeighbourhoodMapInput {
  @Field(() => DateRangeInput)
  dateRange!: DateRangeInput;

  @Field(() => MetricsFilterInput, { nullable: true })
  filters?: MetricsFilterInput | null;
}
