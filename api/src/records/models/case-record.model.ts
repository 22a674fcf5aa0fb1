import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A piece of redacted text; matched is true for a word the search found' })
export class TextSegment {
  @Field()
  text!: string;

  @Field()
  matched!: boolean;
}

@ObjectType({
  description:
    'A pseudonymised case record with redacted text; never a raw identifier (beleid and beheer only, audited)',
})
export class CaseRecordView {
  @Field(() => ID, { description: 'Opaque id within Leerlus (municipality code and internal number)' })
  id!: string;

  @Field()
  municipalityCode!: string;

  @Field({ description: 'ISO date' })
  receivedOn!: string;

  @Field(() => String, { nullable: true, description: 'ISO date' })
  closedOn!: string | null;

  @Field()
  kind!: string;

  @Field()
  domain!: string;

  @Field()
  domainLabel!: string;

  @Field(() => String, { nullable: true })
  themeCode!: string | null;

  @Field(() => String, { nullable: true })
  themeLabel!: string | null;

  @Field()
  channel!: string;

  @Field()
  complainantType!: string;

  @Field()
  line!: string;

  @Field()
  outcome!: string;

  @Field({ description: 'The organisation that delivered the export' })
  sourceOrganisation!: string;

  @Field(() => String, { nullable: true, description: 'The organisation the record is about' })
  subjectOrganisation!: string | null;

  @Field(() => String, { nullable: true })
  neighbourhoodCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'CBS name of the wijk or buurt, when its boundary is loaded',
  })
  neighbourhoodName!: string | null;

  @Field(() => String, { nullable: true, description: 'Free text, redacted before it was stored' })
  textRedacted!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'First 12 characters of the keyed pseudonym: links repeat contacts, identifies nobody',
  })
  subjectKeyShort!: string | null;

  @Field(() => [TextSegment], {
    nullable: true,
    description: 'Only when searching: the best fragments of the redacted text, the matched words marked',
  })
  highlight!: TextSegment[] | null;
}

@ObjectType()
export class CaseRecordPageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType({ description: 'One page of case records, newest first' })
export class CaseRecordPage {
  @Field(() => [CaseRecordView])
  records!: CaseRecordView[];

  @Field(() => CaseRecordPageInfo)
  pageInfo!: CaseRecordPageInfo;

  @Field(() => Int, { description: 'Records matching the filter (all pages)' })
  totalCount!: number;
}
