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
}

/** Position after which the next page starts (keyset: received_on, municipality_code, id; descending). */
export interface RecordCursor {
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
  text_redacted: string | null;
  subject_key_short: string | null;
}

const SELECT = `SELECT c.municipality_code, c.id::text AS id,
       to_char(c.received_on, 'YYYY-MM-DD') AS received_on,
       to_char(c.closed_on, 'YYYY-MM-DD') AS closed_on,
       c.kind, c.domain_code, dom.label AS domain_label,
       thm.code AS theme_code, thm.label AS theme_label,
       c.channel, c.complainant_type, c.line, c.outcome,
       src.name AS source_organisation, sub.name AS subject_organisation,
       c.neighbourhood_code, c.text_redacted,
       left(c.subject_key, ${PSEUDONYM_DISPLAY_LENGTH}) AS subject_key_short
  FROM case_record c
  JOIN domain dom ON dom.code = c.domain_code
  JOIN organisation src ON src.id = c.source_organisation_id
  LEFT JOIN organisation sub ON sub.id = c.subject_organisation_id
  LEFT JOIN theme thm ON thm.id = c.theme_id
  LEFT JOIN theme parent ON parent.id = thm.parent_id`;

/** The only place that emits SQL for the records drill-down; every value is a bound parameter. */
@Injectable()
export class RecordsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async page(filters: RecordFilters, after: RecordCursor | null, limit: number): Promise<RecordRow[]> {
    const { where, params } = whereClause(filters);
    if (after) {
      params.push(after.receivedOn, after.municipalityCode, after.id);
      const n = params.length;
      where.push(
        `(c.received_on, c.municipality_code, c.id) < ($${n - 2}::date, $${n - 1}::text, $${n}::bigint)`,
      );
    }
    params.push(limit);
    return this.dataSource.query<RecordRow[]>(
      `${SELECT}
 WHERE ${where.join(' AND ')}
 ORDER BY c.received_on DESC, c.municipality_code DESC, c.id DESC
 LIMIT $${params.length}::integer`,
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
      `${SELECT}
 WHERE c.municipality_code = $1 AND c.id = $2::bigint AND ($3::text IS NULL OR c.municipality_code = $3::text)`,
      [municipalityCode, id, scope],
    );
    return rows[0] ?? null;
  }
}

/** WHERE fragments are fixed text; only the values vary, as parameters. */
function whereClause(filters: RecordFilters): { where: string[]; params: unknown[] } {
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
  return { where, params };
}
