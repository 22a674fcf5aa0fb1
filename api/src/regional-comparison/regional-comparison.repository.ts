import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export type RegionalDimensionName = 'DOMEIN' | 'THEMA';

export interface ViewerMunicipalityRow {
  code: string;
  name: string;
  region: string | null;
  participates: boolean;
}

export interface ParticipantRow {
  code: string;
  name: string;
  region: string | null;
  participates: boolean;
}

export interface InhabitantsRow {
  code: string;
  inhabitants: number;
}

export interface RegionalCountRow {
  municipalityCode: string;
  /** null: every complaint of the municipality (its own cell, with its own key sum). */
  groupCode: string | null;
  groupLabel: string | null;
  sortOrder: number;
  count: number;
  keySum: number;
}

/** Literal SQL per dimension: the group's code, label and order (a theme rolls up to its top theme). */
const GROUP_SQL: Record<
  RegionalDimensionName,
  { code: string; label: string; order: string; joins: string }
> = {
  DOMEIN: {
    code: 'd.domain_code',
    label: 'dom.label',
    order: 'dom.sort_order',
    joins: 'JOIN domain dom ON dom.code = d.domain_code',
  },
  THEMA: {
    code: "coalesce(parent.code, thm.code, '')",
    label: "coalesce(parent.label, thm.label, 'Zonder thema')",
    order: 'coalesce(parent.sort_order, thm.sort_order, 100000)',
    joins: 'LEFT JOIN theme thm ON thm.id = d.theme_id LEFT JOIN theme parent ON parent.id = thm.parent_id',
  },
};

/** The only place that emits SQL for the regional comparison. */
@Injectable()
export class RegionalComparisonRepository {
  constructor(private readonly dataSource: DataSource) {}

  async municipality(code: string): Promise<ViewerMunicipalityRow | null> {
    const rows = await this.dataSource.query<ViewerMunicipalityRow[]>(
      `SELECT code, name, region, regional_comparison AS participates FROM municipality WHERE code = $1`,
      [code],
    );
    return rows[0] ?? null;
  }

  /** Municipalities of the region that take part, by name. */
  participants(region: string): Promise<ParticipantRow[]> {
    return this.dataSource.query<ParticipantRow[]>(
      `SELECT code, name, region, regional_comparison AS participates
         FROM municipality WHERE region = $1 AND regional_comparison ORDER BY name, code`,
      [region],
    );
  }

  /** Every municipality (or only `code`) with its participation, for beheer. */
  participation(code: string | null): Promise<ParticipantRow[]> {
    return this.dataSource.query<ParticipantRow[]>(
      `SELECT code, name, region, regional_comparison AS participates
         FROM municipality WHERE $1::text IS NULL OR code = $1 ORDER BY name, code`,
      [code],
    );
  }

  async setParticipation(code: string, participates: boolean): Promise<ParticipantRow | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows] = await this.dataSource.query<[ParticipantRow[], number]>(
      `UPDATE municipality SET regional_comparison = $2 WHERE code = $1
       RETURNING code, name, region, regional_comparison AS participates`,
      [code, participates],
    );
    return rows[0] ?? null;
  }

  /** The average of the inhabitants on record for the years the period touches. */
  async inhabitants(codes: readonly string[], fromYear: number, toYear: number): Promise<InhabitantsRow[]> {
    const rows = await this.dataSource.query<{ code: string; inhabitants: string }[]>(
      `SELECT municipality_code AS code, avg(population) AS inhabitants
         FROM municipality_population
        WHERE municipality_code = ANY($1::text[]) AND year BETWEEN $2 AND $3
        GROUP BY municipality_code`,
      [codes, fromYear, toYear],
    );
    return rows.map((row) => ({ code: row.code, inhabitants: Number(row.inhabitants) }));
  }

  /** Complaints received in the period per municipality and group, and per municipality in total. */
  async counts(
    codes: readonly string[],
    range: { from: string; to: string },
    dimension: RegionalDimensionName,
    domain: string | null,
  ): Promise<RegionalCountRow[]> {
    const group = GROUP_SQL[dimension];
    const rows = await this.dataSource.query<
      {
        municipality_code: string;
        group_code: string | null;
        group_label: string | null;
        sort_order: number | null;
        total: boolean;
        count: string;
        key_sum: string;
      }[]
    >(
      `SELECT d.municipality_code, ${group.code} AS group_code, min(${group.label}) AS group_label,
              min(${group.order}) AS sort_order, GROUPING(${group.code}) = 1 AS total,
              sum(d.case_count) AS count, sum(d.case_key_sum) AS key_sum
         FROM case_record_daily d
         ${group.joins}
        WHERE d.kind = 'klacht'
          AND d.day BETWEEN $1::date AND $2::date
          AND d.municipality_code = ANY($3::text[])
          AND ($4::text IS NULL OR d.domain_code = $4::text)
        GROUP BY GROUPING SETS ((d.municipality_code, ${group.code}), (d.municipality_code))`,
      [range.from, range.to, codes, domain],
    );
    return rows.map((row) => ({
      municipalityCode: row.municipality_code,
      groupCode: row.total ? null : (row.group_code ?? ''),
      groupLabel: row.total ? null : row.group_label,
      sortOrder: Number(row.sort_order ?? 0),
      count: Number(row.count),
      keySum: Number(row.key_sum),
    }));
  }
}
