import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A provider's contract with a municipality for one domain" })
export class ReferenceContract {
  @Field(() => Int)
  id!: number;

  @Field()
  municipalityCode!: string;

  @Field({ description: 'Organisation code of the provider' })
  organisation!: string;

  @Field()
  organisationName!: string;

  @Field()
  domain!: string;

  @Field()
  domainLabel!: string;

  @Field(() => String, { nullable: true, description: 'Contract number' })
  reference!: string | null;

  @Field({ description: 'yyyy-mm-dd' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd; null while it runs' })
  endsOn!: string | null;

  @Field({ description: 'Whether the provider sends the half-year complaint report' })
  halfYearReportRequired!: boolean;
}
