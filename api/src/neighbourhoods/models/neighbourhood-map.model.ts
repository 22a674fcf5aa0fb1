import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum NeighbourhoodMapMeasure {
  PER_1000_INHABITANTS = 'PER_1000_INHABITANTS',
  COUNT = 'COUNT',
}
registerEnumType(NeighbourhoodMapMeasure, {
  name: 'NeighbourhoodMapMeasure',
  description: 'Per 1,000 inhabitants when every area on the map has its inhabitants, else counts',
});

@ObjectType({ description: 'One wijk or buurt on the map with its complaints and signals' })
export class NeighbourhoodArea {
  @Field({ description: 'CBS code (WKnnnnnn or BUnnnnnnnn)' })
  code!: string;

  @Field({ description: 'The CBS name of the wijk or buurt' })
  name!: string;

  @Field({ description: 'Outline: GeoJSON MultiPolygon in WGS84 (RFC 7946 winding)' })
  geometry!: string;

  @Field(() => Int, { nullable: true, description: 'Inhabitants from the CBS boundary file' })
  inhabitants!: number | null;

  @Field(() => Int, { nullable: true, description: 'Complaints and signals; null when suppressed' })
  count!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Per 1,000 inhabitants (from the published count); null when suppressed or unknown',
  })
  rate!: number | null;

  @Field({ description: 'Withheld by disclosure control: count and rate are null, never 0' })
  suppressed!: boolean;
}

@ObjectType({ description: 'Complaints and signals whose neighbourhood is not on the map' })
export class UnmappedNeighbourhood {
  @Field({ description: 'The code from the source; "onbekend" when missing' })
  code!: string;

  @Field()
  label!: string;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field()
  suppressed!: boolean;
}

@ObjectType({ description: 'The neighbourhood map: areas with figures, and what falls outside it' })
export class NeighbourhoodMap {
  @Field(() => NeighbourhoodMapMeasure)
  measure!: NeighbourhoodMapMeasure;

  @Field(() => String, { nullable: true, description: 'wijk or buurt; null when no boundaries are loaded' })
  level!: string | null;

  @Field({ description: 'Counts were perturbed and small results suppressed for the viewer role' })
  disclosureControl!: boolean;

  @Field(() => [NeighbourhoodArea])
  areas!: NeighbourhoodArea[];

  @Field(() => [UnmappedNeighbourhood])
  unmapped!: UnmappedNeighbourhood[];
}
