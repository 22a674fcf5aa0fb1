-- Handling times of complaints (Awb 9:11) and objections (Awb 7:10) as an additive histogram:
-- municipality × received day × family × domain × line × subject organisation × committee × extended ×
-- closed × duration in days. `duration_days` is the exact number of calendar days from receipt to
-- closure/decision for 0..365 and 366 for "more than 365"; -1 for records still open (their age depends
-- on today and is computed at query time from `day`). Because the histogram is additive, medians and
-- p90 for any period and breakdown are read off the summed counts without scanning the base tables
-- (docs/indicators/handling-times.md). The terms themselves live in api/src/norms/norms.ts, not here.
-- Refreshed with every other materialized view by refresh_rollups() after each import.
DROP MATERIALIZED VIEW IF EXISTS handling_time_daily CASCADE;
CREATE MATERIALIZED VIEW handling_time_daily AS
SELECT
  municipality_code,
  'klacht'::text AS family,
  received_on AS day,
  domain_code,
  line,
  coalesce(subject_organisation_id, 0) AS subject_organisation_id,
  external_committee AS committee,
  extended,
  closed_on IS NOT NULL AS closed,
  CASE WHEN closed_on IS NULL THEN -1 ELSE least(closed_on - received_on, 366) END AS duration_days,
  count(*)::integer AS case_count
FROM case_record
WHERE kind = 'klacht'
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
UNION ALL
SELECT
  municipality_code,
  'bezwaar'::text AS family,
  objection_received_on AS day,
  domain_code,
  'bezwaar'::text AS line,
  0 AS subject_organisation_id,
  advisory_committee AS committee,
  extended,
  decided_on IS NOT NULL AS closed,
  CASE WHEN decided_on IS NULL THEN -1 ELSE least(decided_on - objection_received_on, 366) END
    AS duration_days,
  count(*)::integer AS case_count
FROM objection_decision
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;

CREATE UNIQUE INDEX uq_handling_time_daily ON handling_time_daily (
  municipality_code, family, day, domain_code, line, subject_organisation_id, committee, extended,
  closed, duration_days);
CREATE INDEX idx_handling_time_daily_day ON handling_time_daily (municipality_code, family, day);
