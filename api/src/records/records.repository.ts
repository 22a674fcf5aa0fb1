import { PSEUDONYM_DISPLAY_LENGTH } from '@leerlus/etl';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface RecordFilters {
  municipality: string | null;
  from: string | null;
  to: string | null;
  domain: readonly string[] | null;
  theme: readonly string[] | null;
  organisation: readonly string[] | null;
  kind: readonly string[] | null;
  line: readonly string[] | null;
  /** Words to find in the redacted text (web search syntax: "quotes", or, -not); null = no search. */
  search: string | null;
}

/**
 * Position after which the next page starts (keyset, descending): the search rank when searching,
 * then received_on, municipality_code, id.
 */
export interface RecordCursor {
  /** ts_rank as PostgreSQL printed it (exact for real); null without a search. */
  rank: string | null;
  receivedOn: string;
  municipalityCode: string;
  id: string;
}

/** A row as selected: only the columns that may be shown; never external_id or the full subject_key. */
export interface RecordRow {
  municipality_code: string;
  id: string;
  received_on: string;
  closed_on: string | null;
  kind: string;
  domain_code: string;
  domain_label: string;
  theme_code: string | null;
  theme_label: string | null;
  channel: string;
  complainant_type: string;
  line: string;
  outcome: string;
  source_organisation: string;
  subject_organisation: string | null;
  neighbourhood_code: string | null;
  /** The CBS name from the uploaded boundaries (docs/neighbourhood-map.md). */
  neighbourhood_name: string | null;
  text_redacted: string | null;
  subject_key_short: string | null;
  /** Only when searching: ts_rank as text, and the best fragments with MATCH_START / MATCH_END. */
  rank: string | null;
  headline: string | null;
}

/** Marks around a match in a headline: control characters that are stripped from the text first. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

const QUERY = (n: number): string => `websearch_to_tsquery('dutch', $${n}::text)`;
const RANK = (n: number): string => `ts_rank(c.text_search, ${QUERY(n)})`;
/** Up to two fragments around the matches; the options are fixed text, never user input. */
const HEADLINE = (n: number): string =>
  `ts_headline('dutch', translate(c.text_redacted, E'\\x02\\x03', ''), ${QUERY(n)},
     'StartSel=' || E'\\x02' || ', StopSel=' || E'\\x03' ||
     ', MaxFragments=2, MinWords=8, MaxWords=25, FragmentDelimiter=" … "')`;

/** `search`: the parameter number of the search words, to rank (and highlight); null without a search. */
const select = (
  search: number | null,
  highlight: boolean,
): string => `SELECT c.municipality_code, c.id::text AS id,
       to_char(c.received_on, 'YYYY-MM-DD') AS received_on,
       to_char(c.closed_on, 'YYYY-MM-DD') AS closed_on,
       c.kind, c.domain_code, dom.label AS domain_label,
       thm.code AS theme_code, thm.label AS theme_label,
       c.channel, c.complainant_type, c.line, c.outcome,
       src.name AS source_organisation, sub.name AS subject_organisation,
       c.neighbourhood_code, nbh.name AS neighbourhood_name, c.text_redacted,
       left(c.subject_key, ${PSEUDONYM_DISPLAY_LENGTH}) AS subject_key_short,
       ${search === null ? 'NULL' : `${RANK(search)}::text`} AS rank,
       ${search === null || !highlight ? 'NULL' : HEADLINE(search)} AS headline
  FROM case_record c
  JOIN domain dom ON dom.code = c.domain_code
  JOIN organisation src ON src.id = c.source_organisation_id
  LEFT JOIN organisation sub ON sub.id = c.subject_organisation_id
  LEFT JOIN theme thm ON thm.id = c.theme_id
  LEFT JOIN theme parent ON parent.id = thm.parent_id
  LEFT JOIN neighbourhood_boundary nbh ON nbh.code = c.neighbourhood_code`;

export interface PagePosition {
  /** Keyset position (export batches, API clients) ... */
  after: RecordCursor | null;
  /** ... or a number of records to skip (the page number in the records page's URL). */
  offset: number;
  limit: number;
}

/** The only place that emits SQL for the records drill-down; every value is a bound parameter. */
@Injectable()
export class RecordsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Best match first when searching, then newest first; `highlight` adds the headline (costly). */
  async page(filters: RecordFilters, position: PagePosition, highlight: boolean): Promise<RecordRow[]> {
    const { where, params, search } = whereClause(filters);
    const order = search === null ? [] : [RANK(search)];
    order.push('c.received_on', 'c.municipality_code', 'c.id');
    const { after } = position;
    if (after) {
      const values: unknown[] = search === null ? [] : [after.rank];
      values.push(after.receivedOn, after.municipalityCode, after.id);
      const casts = search === null ? [] : ['real'];
      casts.push('date', 'text', 'bigint');
      const placeholders = values.map((value, i) => {
        params.push(value);
        return `$${params.length}::${casts[i]}`;
      });
      where.push(`(${order.join(', ')}) < (${placeholders.join(', ')})`);
    }
    params.push(position.limit, position.offset);
    return this.dataSource.query<RecordRow[]>(
      `${select(search, highlight)}
 WHERE ${where.join(' AND ')}
 ORDER BY ${order.map((term) => `${term} DESC`).join(', ')}
 LIMIT $${params.length - 1}::integer OFFSET $${params.length}::integer`,
      params,
    );
  }

  async count(filters: RecordFilters): Promise<number> {
    const { where, params } = whereClause(filters);
    const rows = await this.dataSource.query<{ count: string }[]>(
      `SELECT count(*) AS count
  FROM case_record c
  LEFT JOIN organisation src ON src.id = c.source_organisation_id
  LEFT JOIN organisation sub ON sub.id = c.subject_organisation_id
  LEFT JOIN theme thm ON thm.id = c.theme_id
  LEFT JOIN theme parent ON parent.id = thm.parent_id
 WHERE ${where.join(' AND ')}`,
      params,
    );
    return Number(rows[0]?.count ?? 0);
  }

  async findOne(municipalityCode: string, id: string, scope: string | null): Promise<RecordRow | null> {
    const rows = await this.dataSource.query<RecordRow[]>(
      `${select(null, false)}
 WHERE c.municipality_code = $1 AND c.id = $2::bigint AND ($3::text IS NULL OR c.municipality_code = $3::text)`,
      [municipalityCode, id, scope],
    );
    return rows[0] ?? null;
  }
}

/** WHERE fragments are fixed text; only the values vary, as parameters. */
function whereClause(filters: RecordFilters): {
  where: string[];
  params: unknown[];
  /** Parameter number of the search words, or null. */
  search: number | null;
} {
  const where: string[] = ['TRUE'];
  const params: unknown[] = [];
  const add = (fragment: (n: number) => string, value: unknown): void => {
    params.push(value);
    where.push(fragment(params.length));
  };
  if (filters.municipality) add((n) => `c.municipality_code = $${n}::text`, filters.municipality);
  if (filters.from) add((n) => `c.received_on >= $${n}::date`, filters.from);
  if (filters.to) add((n) => `c.received_on <= $${n}::date`, filters.to);
  if (filters.domain) add((n) => `c.domain_code = ANY($${n}::text[])`, filters.domain);
  if (filters.kind) add((n) => `c.kind = ANY($${n}::text[])`, filters.kind);
  if (filters.line) add((n) => `c.line = ANY($${n}::text[])`, filters.line);
  if (filters.theme) {
    add((n) => `(thm.code = ANY($${n}::text[]) OR parent.code = ANY($${n}::text[]))`, filters.theme);
  }
  if (filters.organisation) {
    add((n) => `(src.code = ANY($${n}::text[]) OR sub.code = ANY($${n}::text[]))`, filters.organisation);
  }
  if (filters.search) add((n) => `c.text_search @@ ${QUERY(n)}`, filters.search);
  return { where, params, search: filters.search ? params.length : null };
}
