-- case_record_daily: case records in the shape of a daily rollup (one row per record, case_count 1),
-- for the queries the monthly rollup cannot answer (weeks, part months, other dimension sets) and as
-- the input of case_record_monthly. The *_key_sum columns carry the record keys of cell-key
-- perturbation beside the counts. Dimension columns hold the rollups' sentinels instead of NULL
-- (0 for no organisation/theme, '' for no neighbourhood), so sums and filters work unchanged.
-- A plain view: filters on municipality_code and day reach case_record's indexes (migrations/0042).
CREATE OR REPLACE VIEW case_record_daily AS
SELECT
  c.municipality_code,
  c.received_on AS day,
  c.domain_code,
  c.kind,
  c.line,
  c.source_organisation_id,
  coalesce(c.subject_organisation_id, 0) AS subject_organisation_id,
  coalesce(c.theme_id, 0) AS theme_id,
  c.channel,
  c.complainant_type,
  coalesce(c.neighbourhood_code, '') AS neighbourhood_code,
  c.outcome,
  1 AS case_count,
  (c.closed_on IS NOT NULL)::integer AS closed_count,
  -- Cell keys (migrations/0060): the record's key counts wherever the record does.
  c.record_key::bigint AS case_key_sum,
  CASE WHEN c.closed_on IS NOT NULL THEN c.record_key ELSE 0 END::bigint AS closed_key_sum
FROM case_record c;
