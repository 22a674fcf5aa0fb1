-- Monthly rollup of case_record_daily with GROUPING SETS over the dimension sets the dashboard asks for
-- (docs/scaling.md). The daily rollup has about as many rows as case_record (almost every case is a cell
-- of its own), so it saves nothing; this view holds one row per municipality × month × member of a set.
-- Only additive counts live here (sums of the daily counts), so every number equals the daily rollup's.
--
-- `dims` names the grouping set: the catalog names of its dimensions in catalog order, joined with ','
-- ('none' for the totals). It must list exactly the sets in MONTHLY_ROLLUP_SETS in
-- api/src/metrics/catalog.ts (a test compares them); MetricsRepository reads a set only through
-- `dims = <set>` and only when the requested plus filtered dimensions are exactly that set.
-- Columns outside the set hold a sentinel ('*' for text, -1 for ids; the daily rollup never holds
-- these), so the unique index below covers every row and REFRESH ... CONCURRENTLY works.
-- Built from case_record_daily, so refresh_rollups() refreshes it after that view (dependency order).
DROP MATERIALIZED VIEW IF EXISTS case_record_monthly;
CREATE MATERIALIZED VIEW case_record_monthly AS
SELECT
  municipality_code,
  date_trunc('month', day)::date AS month,
  coalesce(nullif(concat_ws(',',
    CASE WHEN GROUPING(domain_code) = 0 THEN 'domain' END,
    CASE WHEN GROUPING(kind) = 0 THEN 'kind' END,
    CASE WHEN GROUPING(line) = 0 THEN 'line' END,
    CASE WHEN GROUPING(theme_id) = 0 THEN 'theme' END,
    CASE WHEN GROUPING(channel) = 0 THEN 'channel' END,
    CASE WHEN GROUPING(complainant_type) = 0 THEN 'complainantType' END,
    CASE WHEN GROUPING(neighbourhood_code) = 0 THEN 'neighbourhood' END,
    CASE WHEN GROUPING(source_organisation_id) = 0 THEN 'sourceOrganisation' END,
    CASE WHEN GROUPING(subject_organisation_id) = 0 THEN 'subjectOrganisation' END,
    CASE WHEN GROUPING(outcome) = 0 THEN 'outcome' END), ''), 'none') AS dims,
  CASE WHEN GROUPING(domain_code) = 1 THEN '*' ELSE domain_code END AS domain_code,
  CASE WHEN GROUPING(kind) = 1 THEN '*' ELSE kind END AS kind,
  CASE WHEN GROUPING(line) = 1 THEN '*' ELSE line END AS line,
  CASE WHEN GROUPING(theme_id) = 1 THEN -1 ELSE theme_id END AS theme_id,
  CASE WHEN GROUPING(channel) = 1 THEN '*' ELSE channel END AS channel,
  CASE WHEN GROUPING(complainant_type) = 1 THEN '*' ELSE complainant_type END AS complainant_type,
  CASE WHEN GROUPING(neighbourhood_code) = 1 THEN '*' ELSE neighbourhood_code END AS neighbourhood_code,
  CASE WHEN GROUPING(source_organisation_id) = 1 THEN -1 ELSE source_organisation_id END AS source_organisation_id,
  CASE WHEN GROUPING(subject_organisation_id) = 1 THEN -1 ELSE subject_organisation_id END AS subject_organisation_id,
  CASE WHEN GROUPING(outcome) = 1 THEN '*' ELSE outcome END AS outcome,
  sum(case_count)::integer AS case_count,
  sum(closed_count)::integer AS closed_count
FROM case_record_daily
GROUP BY municipality_code, date_trunc('month', day), GROUPING SETS (
  -- totals
  (),
  -- every single dimension of the catalog
  (domain_code), (kind), (line), (theme_id), (channel), (complainant_type), (neighbourhood_code),
  (source_organisation_id), (subject_organisation_id), (outcome),
  -- the pairs the dashboard uses (two dimensions, or one dimension plus a filter on another)
  (domain_code, kind), (domain_code, theme_id), (domain_code, subject_organisation_id), (domain_code, outcome),
  (theme_id, channel), (theme_id, complainant_type), (theme_id, neighbourhood_code),
  (theme_id, subject_organisation_id), (theme_id, outcome),
  -- theme × outcome filtered on a domain
  (domain_code, theme_id, outcome)
);

-- The unique index (needed for REFRESH ... CONCURRENTLY) leads with (dims, month) and so serves the
-- region-wide queries (no municipality filter); the second index serves one municipality's queries.
CREATE UNIQUE INDEX uq_case_record_monthly ON case_record_monthly (
  dims, month, municipality_code, domain_code, kind, line, theme_id, channel, complainant_type,
  neighbourhood_code, source_organisation_id, subject_organisation_id, outcome);
CREATE INDEX idx_case_record_monthly_dims ON case_record_monthly (dims, municipality_code, month);
