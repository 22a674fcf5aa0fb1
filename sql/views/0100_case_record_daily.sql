-- Daily rollup of case records over every dashboard dimension; only additive counts live here.
-- Refreshed by the ETL after each successful import (REFRESH ... CONCURRENTLY needs the unique index).
DROP MATERIALIZED VIEW IF EXISTS case_record_daily CASCADE;
CREATE MATERIALIZED VIEW case_record_daily AS
SELECT
  municipality_code,
  received_on AS day,
  domain_code,
  kind,
  line,
  source_organisation_id,
  coalesce(subject_organisation_id, 0) AS subject_organisation_id,
  coalesce(theme_id, 0) AS theme_id,
  channel,
  complainant_type,
  coalesce(neighbourhood_code, '') AS neighbourhood_code,
  outcome,
  count(*)::integer AS case_count,
  count(closed_on)::integer AS closed_count
FROM case_record
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;

CREATE UNIQUE INDEX uq_case_record_daily ON case_record_daily (
  municipality_code, day, domain_code, kind, line, source_organisation_id, subject_organisation_id,
  theme_id, channel, complainant_type, neighbourhood_code, outcome);
CREATE INDEX idx_case_record_daily_domain ON case_record_daily (municipality_code, domain_code, day);
