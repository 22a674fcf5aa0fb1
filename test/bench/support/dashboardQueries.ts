/**
 * The dashboard queries the benchmark sends, each with the same aggregate as a plain GROUP BY over the
 * base tables (the baseline).
 */
export interface BenchCase {
  name: string;
  /** Root query field; the case is skipped when the schema has no such field. */
  field: string;
  query: string;
  variables: Record<string, unknown>;
  groupBySql: string;
  groupByParams: unknown[];
}

const METRICS = `query Dashboard($query: MetricsQueryInput!) {
  metrics(query: $query) {
    disclosureControl
    rows { period complete dimensions { dimension code label } values { measure value suppressed previousValue change changePercentage smallNumbers } }
    totals { period complete values { measure value suppressed previousValue change changePercentage smallNumbers } }
  }
}`;

const GROOTSTAD = 'GM9001';

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
  {
    name: 'wachttijdklachten kwartaal x domein 2025 (Grootstad)',
    field: 'waitingTimeComplaints',
    query: `query ($query: IndicatorQueryInput!) { waitingTimeComplaints(query: $query) { __typename } }`,
    variables: {
      query: {
        granularity: 'QUARTER',
        dimension: 'domain',
        dateRange: { from: '2025-01-01', to: '2025-12-31' },
        filters: { municipality: [GROOTSTAD] },
      },
    },
    groupBySql: `SELECT date_trunc('quarter', c.received_on)::date, c.domain_code, count(*),
                        count(*) FILTER (WHERE t.code = 'wachttijd' OR p.code = 'wachttijd')
                   FROM case_record c LEFT JOIN theme t ON t.id = c.theme_id LEFT JOIN theme p ON p.id = t.parent_id
                  WHERE c.received_on BETWEEN $1::date AND $2::date AND c.municipality_code = $3 AND c.kind = 'klacht'
                  GROUP BY 1, 2 ORDER BY 1, 2`,
    groupByParams: ['2025-01-01', '2025-12-31', GROOTSTAD],
  },
  {
    name: 'uitkomsten klachten kwartaal x domein 2025 (regio)',
    field: 'outcomes',
    query: `query ($query: OutcomesQueryInput!) { outcomes(query: $query) { __typename } }`,
    variables: {
      query: {
        family: 'klacht',
        granularity: 'QUARTER',
        dimension: 'domain',
        dateRange: { from: '2025-01-01', to: '2025-12-31' },
      },
    },
    groupBySql: `SELECT date_trunc('quarter', c.received_on)::date, c.domain_code, count(*),
                        count(*) FILTER (WHERE c.outcome IN ('gegrond', 'deels_gegrond')),
                        count(*) FILTER (WHERE c.recommendation_made AND c.recommendation_followed)
                   FROM case_record c
                  WHERE c.received_on BETWEEN $1::date AND $2::date AND c.kind = 'klacht'
                  GROUP BY 1, 2 ORDER BY 1, 2`,
    groupByParams: ['2025-01-01', '2025-12-31'],
  },
  {
    name: 'keten 2025 (Grootstad)',
    field: 'chain',
    query: `query ($query: ChainQueryInput!) { chain(query: $query) { __typename } }`,
    variables: {
      query: { dateRange: { from: '2025-01-01', to: '2025-12-31' }, filters: { municipality: [GROOTSTAD] } },
    },
    groupBySql: `SELECT c.line, count(*), count(DISTINCT c.subject_key)
                   FROM case_record c
                  WHERE c.received_on BETWEEN $1::date AND $2::date AND c.municipality_code = $3 AND c.kind = 'klacht'
                  GROUP BY 1 ORDER BY 1`,
    groupByParams: ['2025-01-01', '2025-12-31', GROOTSTAD],
  },
);
