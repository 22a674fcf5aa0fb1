import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'Complaints per 1,000 clients in one calendar year' })
export class ClientRatesInput {
  @Field(() => Int)
  year!: number;

  @Field(() => String, {
    nullable: true,
    description: 'CBS code; ignored for a user bound to a municipality',
  })
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this domain (providers: their clients in it)' })
  domain?: string | null;
}
