import { Field, InputType, Int } from '@nestjs/graphql';
import { DateRangeInput } from '../../metrics/dto/metrics-query.input';
import { DEFAULT_WINDOW_DAYS } from '../chain.catalog';

@InputType({ description: 'Filters of the chain funnel' })
export class ChainFilterInput {
  @Field(() => [String], { nullable: true, description: 'CBS municipality codes (GMnnnn)' })
  municipality?: string[] | null;

  @Field(() => [String], { nullable: true })
  domain?: string[] | null;
}

@InputType({ description: 'The chain funnel over a range of receipt dates' })
export class ChainQueryInput {
  @Field(() => DateRangeInput)
  dateRange!: DateRangeInput;

  @Field(() => ChainFilterInput, { nullable: true })
  filters?: ChainFilterInput | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_WINDOW_DAYS,
    description:
      'Days after a complaint within which a next-line complaint of the same citizen counts (max 730)',
  })
  windowDays?: number | null;
}
