import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KeyedCount } from '../disclosure/disclosure';
import { chooseIndicatorGrain, IndicatorGrain } from '../handling-times/indicator-grain';
import { isStoredChainPeriod } from './chain-periods';
import { CHAIN_TRANSITIONS, DEFAULT_WINDOW_DAYS } from './chain.catalog';

/** One step of the chain, from a line to the next (CHAIN_TRANSITIONS). */
export interface ChainStep {
  from: string;
  to: string;
}

export interface ChainFilters {
  municipality?: readonly string[] | null;
  domain?: readonly string[] | null;
}

export interface ChainCountRow {
  family: string;
  line: string;
  route: string;
  count: KeyedCount;
}

/** A transition as the SQL returns it, counts and key sums as text. */
interface TransitionSqlRow {
  from: string;
  to: string;
  citizens: string;
  citizensKeySum: string;
  moved: string;
  movedKeySum: string;
}

export interface ChainTransitionRow {
  from: string;
  to: string;
  /** Distinct citizens (pseudonyms) with a complaint in `from` received in the range. */
  citizens: KeyedCount;
  /** Of those, with a complaint in `to` within the window after it. */
  moved: KeyedCount;
}

/**
 * SQL of the chain funnel: counts from outcome_month_line (whole months) or case_outcome_daily,
 * distinct citizens and transitions by pseudonym from chain_period_step (the default window over a stored
 * period, sql/migrations/0361) or else from complaint_citizen_day (sql/migrations/0300).
 */
@Injectable()
export class ChainRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records per family, line and route received in the range; the tests pass the grain to compare. */
  async counts(
    from: string,
    to: string,
    filters: ChainFilters,
    grain: IndicatorGrain = chooseIndicatorGrain({ from, to, granularity: null }),
  ): Promise<ChainCountRow[]> {
    // The range is whole months when the month grain is chosen, so `month` (a first day) can be
    // compared with it as it is.
    const [table, date] = grain === 'month' ? ['outcome_month_line', 'month'] : ['case_outcome_daily', 'day'];
    const rows = await this.dataSource.query<
      { family: string; line: string; route: string; count: string; keySum: string }[]
    >(
      `SELECT d.family, d.line, d.route, sum(d.case_count) AS count, sum(d.case_key_sum)::text AS "keySum"
         FROM ${table} d
        WHERE d.${date} BETWEEN $1::date AND $2::date
          AND ($3::text[] IS NULL OR d.municipality_code = ANY($3::text[]))
          AND ($4::text[] IS NULL OR d.domain_code = ANY($4::text[]))
        GROUP BY 1, 2, 3`,
      [from, to, filters.municipality ?? null, filters.domain ?? null],
    );
    return rows.map(({ keySum, ...row }) => ({
      ...row,
      count: { count: Number(row.count), keySum: Number(keySum) },
    }));
  }

  /**
   * Per step (from line -> to line): distinct pseudonymous citizens with a complaint in the from-line
   * received in the range, and how many of them complained in the to-line within `windowDays` after
   * (same municipality, same or later day). Only counts leave the database, never pseudonyms.
   */
  async transitions(
    steps: readonly ChainStep[],
    from: string,
    to: string,
    windowDays: number,
    filters: ChainFilters,
  ): Promise<ChainTransitionRow[]> {
    // chain_period_step holds the default window per stored period, without a domain filter or per domain.
    const stored =
      windowDays === DEFAULT_WINDOW_DAYS &&
      ((filters.domain ?? null) === null || filters.domain?.length === 1) &&
      isStoredChainPeriod(from, to) &&
      steps.every((step) => CHAIN_TRANSITIONS.some((t) => t.from === step.from && t.to === step.to));
    return stored
      ? this.storedTransitions(steps, from, to, filters)
      : this.followedTransitions(steps, from, to, windowDays, filters);
  }

  /**
   * The answer for the default window over a stored period, from chain_period_step: summed over the
   * municipalities (a citizen is one per municipality, as followedTransitions() counts them).
   */
  async storedTransitions(
    steps: readonly ChainStep[],
    from: string,
    to: string,
    filters: ChainFilters,
  ): Promise<ChainTransitionRow[]> {
    const rows = await this.dataSource.query<TransitionSqlRow[]>(
      `SELECT s.from_line AS "from", s.to_line AS "to",
              coalesce(sum(c.citizens), 0) AS citizens, coalesce(sum(c.citizens_key_sum), 0)::text AS "citizensKeySum",
              coalesce(sum(c.moved), 0) AS moved, coalesce(sum(c.moved_key_sum), 0)::text AS "movedKeySum"
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS s(from_line, to_line, n)
         LEFT JOIN chain_period_step c
           ON c.period_from = $3::date AND c.period_to = $4::date AND c.domain_code = $6
          AND c.from_line = s.from_line AND c.to_line = s.to_line
          AND ($5::text[] IS NULL OR c.municipality_code = ANY($5::text[]))
        GROUP BY s.n, s.from_line, s.to_line
        ORDER BY s.n`,
      [
        steps.map((step) => step.from),
        steps.map((step) => step.to),
        from,
        to,
        filters.municipality ?? null,
        filters.domain?.[0] ?? '',
      ],
    );
    return rows.map(transitionRow);
  }

  /** Any window, period and domain filter: each citizen followed in complaint_citizen_day. */
  async followedTransitions(
    steps: readonly ChainStep[],
    from: string,
    to: string,
    windowDays: number,
    filters: ChainFilters,
  ): Promise<ChainTransitionRow[]> {
    const rows = await this.dataSource.query<TransitionSqlRow[]>(
      // From complaint_citizen_day: a cell per citizen, line, day and domain with at least one
      // complaint, so the same days and citizens as the facts give, from narrow rows in key order.
      // Set-based: the starting cells joined by citizen to the possible next ones (one scan and a
      // hash join for many, index probes for few). The repeated filters on b only narrow its scan:
      // b shares a's municipality and a's date bounds. A citizen's citizen_key (its key for cell-key
      // perturbation, citizen_key() of sql/views/0050) is stored beside it and summed once per citizen.
      `WITH step AS (
         SELECT * FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS s(from_line, to_line, n)
       ),
       start AS MATERIALIZED (
         SELECT a.line, a.municipality_code, a.citizen, a.citizen_key, a.day
           FROM complaint_citizen_day a
          WHERE a.line = ANY($1::text[]) AND a.day BETWEEN $3::date AND $7::date
            AND ($5::text[] IS NULL OR a.municipality_code = ANY($5::text[]))
            AND ($6::text[] IS NULL OR a.domain_code = ANY($6::text[]))
       ),
       citizens AS (
         SELECT line AS from_line, count(*) AS citizens, sum(d.citizen_key) AS citizens_key_sum
           FROM (SELECT DISTINCT line, municipality_code, citizen, citizen_key FROM start) d
          GROUP BY 1
       ),
       moved AS (
         SELECT from_line, to_line, count(*) AS moved, sum(d.citizen_key) AS moved_key_sum
           FROM (SELECT DISTINCT s.from_line, s.to_line, a.municipality_code, a.citizen, a.citizen_key
                   FROM start a
                   JOIN step s ON s.from_line = a.line
                   JOIN complaint_citizen_day b
                     ON b.municipality_code = a.municipality_code AND b.citizen = a.citizen
                    AND b.line = s.to_line
                    AND b.day BETWEEN a.day AND a.day + $4::integer
                  WHERE b.line = ANY($2::text[])
                    AND b.day BETWEEN $3::date AND $7::date + $4::integer
                    AND ($5::text[] IS NULL OR b.municipality_code = ANY($5::text[]))
                    AND ($6::text[] IS NULL OR b.domain_code = ANY($6::text[]))) d
          GROUP BY 1, 2
       )
       SELECT s.from_line AS "from", s.to_line AS "to",
              coalesce(c.citizens, 0) AS citizens, coalesce(c.citizens_key_sum, 0)::text AS "citizensKeySum",
              coalesce(m.moved, 0) AS moved, coalesce(m.moved_key_sum, 0)::text AS "movedKeySum"
         FROM step s
         LEFT JOIN citizens c ON c.from_line = s.from_line
         LEFT JOIN moved m ON m.from_line = s.from_line AND m.to_line = s.to_line
        -- In the order of the steps asked: a hash join does not keep it.
        ORDER BY s.n`,
      [
        steps.map((step) => step.from),
        steps.map((step) => step.to),
        from,
        windowDays,
        filters.municipality ?? null,
        filters.domain ?? null,
        to,
      ],
    );
    return rows.map(transitionRow);
  }
}

function transitionRow(row: TransitionSqlRow): ChainTransitionRow {
  return {
    from: row.from,
    to: row.to,
    citizens: { count: Number(row.citizens), keySum: Number(row.citizensKeySum) },
    moved: { count: Number(row.moved), keySum: Number(row.movedKeySum) },
  };
}
