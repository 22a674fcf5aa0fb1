/**
 * The dashboard queries the benchmark sends, each with the same aggregate written three ways: as a
 * plain GROUP BY over case_record (the baseline), as the API's own SQL over the daily rollup (for
 * EXPLAIN), and over the prototype monthly rollup that docs/scaling.md proposes.
 */
export interface BenchCase {
  name: string;
  /** Root query field; the case is skipped when the schema has no such field. */
  field: string;
  query: string;
  variables: Record<string, unknown>;
  groupBySql: string;
  groupByParams: unknown[];
  /** What MetricsRepository.aggregate sends for this query (the current period). */
  rollupSql?: string;
  /** The same over bench_case_record_monthly. */
  prototypeSql?: string;
}

const METRICS = `query Dashboard($query: MetricsQueryInput!) {
  metrics(query: $query) {
    disclosureControl
    rows { period complete dimensions { dimension code label } values { measure value suppressed previousValue change changePercentage smallNumbers } }
    totals { period complete values { measure value suppressed previousValue change changePercentage smallNumbers } }
  }
}`;

const GROOTSTAD = 'GM9001';

/**
 * The proposed rollup: month x municipality with GROUPING SETS over the dimension sets the
 * dashboard asks for, built from the daily rollup (so it costs a fraction of the base-table scan).
 * `dims` names the set; columns outside the set are NULL.
 */
export const PROTOTYPE_ROLLUP_SQL = [
  'DROP TABLE IF EXISTS bench_case_record_monthly',
  `CREATE TABLE bench_case_record_monthly AS
SELECT municipality_code, date_trunc('month', day)::date AS month,
       CASE GROUPING(domain_code, theme_id, outcome) WHEN 3 THEN 'domain' WHEN 5 THEN 'theme' ELSE 'theme,outcome' END AS dims,
       domain_code, theme_id, outcome,
       sum(case_count)::integer AS case_count, sum(closed_count)::integer AS closed_count
  FROM case_record_daily
 GROUP BY GROUPING SETS ((municipality_code, month, domain_code), (municipality_code, month, theme_id),
                         (municipality_code, month, theme_id, outcome))`,
  'CREATE INDEX ON bench_case_record_monthly (dims, municipality_code, month)',
  'VACUUM ANALYZE bench_case_record_monthly',
];

export const BENCH_CASES: BenchCase[] = [
  {
    name: 'maandreeks 3 jaar x domein (regio)',
    field: 'metrics',
    query: METRICS,
    variables: {
      query: {
        measures: ['caseCount', 'closedCount'],
        dimensions: ['domain'],
        granularity: 'MONTH',
        dateRange: { from: '2023-01-01', to: '2025-12-31' },
      },
    },
    groupBySql: `SELECT date_trunc('month', c.received_on)::date, c.domain_code, dom.label, count(*), count(c.closed_on)
                   FROM case_record c LEFT JOIN domain dom ON dom.code = c.domain_code
                  WHERE c.received_on BETWEEN $1::date AND $2::date
                  GROUP BY 1, 2, 3 ORDER BY 1, 2`,
    groupByParams: ['2023-01-01', '2025-12-31'],
    rollupSql: `SELECT to_char(date_trunc('month', d.day)::date, 'YYYY-MM-DD') AS period, d.domain_code,
                       coalesce(dom.label, d.domain_code), sum(d.case_count)::integer, sum(d.closed_count)::integer
                  FROM case_record_daily d LEFT JOIN domain dom ON dom.code = d.domain_code
                 WHERE d.day BETWEEN $1::date AND $2::date
                 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    prototypeSql: `SELECT m.month, m.domain_code, dom.label, sum(m.case_count), sum(m.closed_count)
                     FROM bench_case_record_monthly m LEFT JOIN domain dom ON dom.code = m.domain_code
                    WHERE m.dims = 'domain' AND m.month BETWEEN $1::date AND $2::date
                    GROUP BY 1, 2, 3 ORDER BY 1, 2`,
  },
  {
    name: 'maandreeks 3 jaar x domein per 1000 inw. (Grootstad)',
    field: 'metrics',
    query: METRICS,
    variables: {
      query: {
        measures: ['caseCount', 'casesPer1000Inhabitants'],
        dimensions: ['domain'],
        granularity: 'MONTH',
        dateRange: { from: '2023-01-01', to: '2025-12-31' },
        filters: { municipality: [GROOTSTAD] },
      },
    },
    groupBySql: `SELECT date_trunc('month', c.received_on)::date, c.domain_code, dom.label, count(*), count(c.closed_on)
                   FROM case_record c LEFT JOIN domain dom ON dom.code = c.domain_code
                  WHERE c.received_on BETWEEN $1::date AND $2::date AND c.municipality_code = $3
                  GROUP BY 1, 2, 3 ORDER BY 1, 2`,
    groupByParams: ['2023-01-01', '2025-12-31', GROOTSTAD],
    rollupSql: `SELECT to_char(date_trunc('month', d.day)::date, 'YYYY-MM-DD') AS period, d.domain_code,
                       coalesce(dom.label, d.domain_code), sum(d.case_count)::integer, sum(d.closed_count)::integer
                  FROM case_record_daily d LEFT JOIN domain dom ON dom.code = d.domain_code
                 WHERE d.day BETWEEN $1::date AND $2::date AND d.municipality_code = ANY(ARRAY[$3]::text[])
                 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    prototypeSql: `SELECT m.month, m.domain_code, dom.label, sum(m.case_count), sum(m.closed_count)
                     FROM bench_case_record_monthly m LEFT JOIN domain dom ON dom.code = m.domain_code
                    WHERE m.dims = 'domain' AND m.month BETWEEN $1::date AND $2::date AND m.municipality_code = $3
                    GROUP BY 1, 2, 3 ORDER BY 1, 2`,
  },
  {
    name: 'kwartalen 2025 x thema t.o.v. 2024 (Grootstad)',
    field: 'metrics',
    query: METRICS,
    variables: {
      query: {
        measures: ['caseCount', 'closedCount'],
        dimensions: ['theme'],
        granularity: 'QUARTER',
        dateRange: { from: '2025-01-01', to: '2025-12-31' },
        comparison: 'SAME_PERIOD_LAST_YEAR',
        filters: { municipality: [GROOTSTAD] },
      },
    },
    groupBySql: `SELECT date_trunc('quarter', c.received_on)::date, coalesce(thm.code, 'geen'), coalesce(thm.label, 'Geen thema'),
                        count(*), count(c.closed_on)
                   FROM case_record c LEFT JOIN theme thm ON thm.id = c.theme_id
                  WHERE c.received_on BETWEEN $1::date AND $2::date AND c.municipality_code = $3
                  GROUP BY 1, 2, 3 ORDER BY 1, 2`,
    groupByParams: ['2024-01-01', '2025-12-31', GROOTSTAD],
    rollupSql: `SELECT to_char(date_trunc('quarter', d.day)::date, 'YYYY-MM-DD') AS period, coalesce(thm.code, 'geen'),
                       coalesce(thm.label, 'Geen thema'), sum(d.case_count)::integer, sum(d.closed_count)::integer
                  FROM case_record_daily d LEFT JOIN theme thm ON thm.id = d.theme_id
                 WHERE d.day BETWEEN $1::date AND $2::date AND d.municipality_code = ANY(ARRAY[$3]::text[])
                 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    prototypeSql: `SELECT date_trunc('quarter', m.month)::date, coalesce(thm.code, 'geen'), coalesce(thm.label, 'Geen thema'),
                          sum(m.case_count), sum(m.closed_count)
                     FROM bench_case_record_monthly m LEFT JOIN theme thm ON thm.id = m.theme_id
                    WHERE m.dims = 'theme' AND m.month BETWEEN $1::date AND $2::date AND m.municipality_code = $3
                    GROUP BY 1, 2, 3 ORDER BY 1, 2`,
  },
  {
    name: 'tabel thema x uitkomst 2025 (regio)',
    field: 'metrics',
    query: METRICS,
    variables: {
      query: {
        measures: ['caseCount', 'closedCount'],
        dimensions: ['theme', 'outcome'],
        dateRange: { from: '2025-01-01', to: '2025-12-31' },
      },
    },
    groupBySql: `SELECT coalesce(thm.code, 'geen'), coalesce(thm.label, 'Geen thema'), c.outcome, count(*), count(c.closed_on)
                   FROM case_record c LEFT JOIN theme thm ON thm.id = c.theme_id
                  WHERE c.received_on BETWEEN $1::date AND $2::date
                  GROUP BY 1, 2, 3 ORDER BY 1, 3`,
    groupByParams: ['2025-01-01', '2025-12-31'],
    rollupSql: `SELECT NULL::text AS period, coalesce(thm.code, 'geen'), coalesce(thm.label, 'Geen thema'), d.outcome,
                       sum(d.case_count)::integer, sum(d.closed_count)::integer
                  FROM case_record_daily d LEFT JOIN theme thm ON thm.id = d.theme_id
                 WHERE d.day BETWEEN $1::date AND $2::date
                 GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    prototypeSql: `SELECT coalesce(thm.code, 'geen'), coalesce(thm.label, 'Geen thema'), m.outcome, sum(m.case_count), sum(m.closed_count)
                     FROM bench_case_record_monthly m LEFT JOIN theme thm ON thm.id = m.theme_id
                    WHERE m.dims = 'theme,outcome' AND m.month BETWEEN $1::date AND $2::date
                    GROUP BY 1, 2, 3 ORDER BY 1, 3`,
  },
];

/**
 * Other aggregate queries of the indicators engineers; benchmarked when the running schema has them.
 * They select only `__typename`: the resolver does all its work, and the benchmark does not depend
 * on the shape of their result types. Baselines: the equivalent GROUP BY over case_record.
 */
BENCH_CASES.push(
  {
    name: 'afhandeltijden maand x domein 2025 (Grootstad)',
    field: 'handlingTimes',
    query: `query ($query: HandlingTimesQueryInput!) { handlingTimes(query: $query) { __typename } }`,
    variables: {
      query: {
        family: 'klacht',
        granularity: 'MONTH',
        dimension: 'domain',
        dateRange: { from: '2025-01-01', to: '2025-12-31' },
        filters: { municipality: [GROOTSTAD] },
      },
    },
    groupBySql: `SELECT date_trunc('month', c.received_on)::date, c.domain_code, count(*) FILTER (WHERE c.closed_on IS NOT NULL),
                        percentile_cont(0.5) WITHIN GROUP (ORDER BY c.closed_on - c.received_on),
                        count(*) FILTER (WHERE c.closed_on - c.received_on > coalesce(c.term_days, 42))
                   FROM case_record c
                  WHERE c.received_on BETWEEN $1::date AND $2::date AND c.municipality_code = $3 AND c.kind = 'klacht'
                  GROUP BY 1, 2 ORDER BY 1, 2`,
    groupByParams: ['2025-01-01', '2025-12-31', GROOTSTAD],
  },
  {
    name: 'thermometer 2025-Q4 (regio)',
    field: 'thermometer',
    query: `query { thermometer(period: "2025-Q4") { __typename } }`,
    variables: {},
    groupBySql: `SELECT c.domain_code, count(*), count(*) FILTER (WHERE c.outcome IN ('gegrond', 'deels_gegrond'))
                   FROM case_record c
                  WHERE c.received_on BETWEEN $1::date AND $2::date
                  GROUP BY 1 ORDER BY 1`,
    groupByParams: ['2024-10-01', '2025-12-31'],
  },
);
