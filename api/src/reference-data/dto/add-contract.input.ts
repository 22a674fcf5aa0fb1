import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: "A provider's contract with a municipality for one domain" })
export class AddContractInput {
  @Field({ description: 'CBS code of the municipality' })
  municipalityCode!: string;

  @Field({ description: 'Organisation code of the provider' })
  organisation!: string;

  @Field({ description: 'Domain code, e.g. wmo' })
  domain!: string;

  @Field(() => String, { nullable: true, description: 'Contract number' })
  reference?: string | null;

  @Field({ description: 'yyyy-mm-dd' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  endsOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Half-year complaint report required; default yes' })
  halfYearReportRequired?: boolean | null;
}
