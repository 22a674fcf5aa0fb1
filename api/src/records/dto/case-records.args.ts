import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsoDateScalar } from '../../metrics/dto/iso-date.scalar';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;
/** Deepest position a page may start at (also the most records one export holds). */
export const MAX_RECORDS = 100_000;
export const MAX_SEARCH_LENGTH = 200;

/** Lists of codes; a missing or null list means "all". AND between fields, OR within a list. */
@InputType({ description: 'Filters on case records (date of receipt, domain, theme, organisation, ...)' })
export class CaseRecordFilterInput {
  @Field(() => IsoDateScalar, { nullable: true, description: 'Received on or after (ISO date)' })
  from?: string | null;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Received on or before (ISO date)' })
  to?: string | null;

  @Field(() => [String], { nullable: true, description: 'Domain codes (wmo, jeugd, ...)' })
  domain?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Theme codes; a theme also matches its subthemes',
  })
  theme?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Organisation codes; matches the source or the subject organisation',
  })
  organisation?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'klacht, signaal, melding, hulpvraag' })
  kind?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'eerste_lijn_aanbieder, eerste_lijn_gemeente, tweede_lijn',
  })
  line?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in the redacted text (Dutch stemming; "exact phrase", or, -word); ranks the best match first',
  })
  search?: string | null;
}

@InputType({ description: 'Keyset pagination, newest first' })
export class PageInput {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `At most ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Records to skip (a page number in a link); not together with after; at most ${MAX_RECORDS}`,
  })
  offset?: number | null;
}

@ArgsType()
export class CaseRecordsArgs {
  @Field(() => CaseRecordFilterInput, { nullable: true })
  filter?: CaseRecordFilterInput | null;

  @Field(() => PageInput, { nullable: true })
  page?: PageInput | null;
}
