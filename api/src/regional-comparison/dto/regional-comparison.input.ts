import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { DateRangeInput } from '../../metrics/dto/metrics-query.input';
import type { RegionalDimensionName } from '../regional-comparison.repository';

export const RegionalDimension = { DOMEIN: 'DOMEIN', THEMA: 'THEMA' } as const satisfies Record<
  RegionalDimensionName,
  RegionalDimensionName
>;

registerEnumType(RegionalDimension, {
  name: 'RegionalDimension',
  description: 'Compare per domain or per (top) theme',
});

@InputType({ description: 'The regional comparison: complaints received in a period' })
export class RegionalComparisonInput {
  @Field(() => DateRangeInput, { description: 'Date of receipt' })
  dateRange!: DateRangeInput;

  @Field(() => RegionalDimension)
  dimension!: RegionalDimensionName;

  @Field(() => String, { nullable: true, description: 'Only this domain (code)' })
  domain?: string | null;
}

@InputType({ description: 'Whether a municipality takes part in the regional comparison' })
export class SetRegionalParticipationInput {
  @Field({ description: 'CBS code' })
  municipalityCode!: string;

  @Field()
  participates!: boolean;
}
