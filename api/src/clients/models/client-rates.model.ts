import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Complaints and signals per 1,000 clients with a 95% Poisson interval. The count is disclosure-controlled ' +
    'for raad, panel and college (perturbed, small counts withheld), and the rate is computed from it',
})
export class ClientRate {
  @Field({ description: 'Domain or organisation code' })
  code!: string;

  @Field({ description: 'Dutch label' })
  label!: string;

  @Field(() => Int, { description: 'Clients in the year (reference data)' })
  clients!: number;

  @Field(() => Int, { nullable: true })
  complaints!: number | null;

  @Field({ description: 'The count was withheld; the rate and interval are then null' })
  suppressed!: boolean;

  @Field(() => Float, { nullable: true })
  ratePer1000!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower bound of the 95% interval, per 1,000 clients' })
  lower!: number | null;

  @Field(() => Float, { nullable: true })
  upper!: number | null;
}

@ObjectType({ description: 'Rates per 1,000 clients for one year, per domain and per provider' })
export class ClientRates {
  @Field(() => Int)
  year!: number;

  @Field(() => [ClientRate], { description: 'Per domain, over the clients of the whole municipality' })
  byDomain!: ClientRate[];

  @Field(() => [ClientRate], { description: 'Per provider with a client count (complaints about it)' })
  byProvider!: ClientRate[];
}
