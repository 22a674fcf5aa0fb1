-- Outcomes, remedies and the complaint chain: complaints (case_record, kind klacht) and objections
-- (objection_decision) per municipality × family × received day × domain × line × route × subject
-- organisation × theme × law × outcome, with additive counts of records and of ombudsman
-- recommendations (made, followed, not followed). Objections have line 'bezwaar' and route 'formeel';
-- complaints carry the law of their domain. Used by api/src/outcomes and api/src/chain
-- (docs/indicators/outcomes.md, chain.md). Refreshed by refresh_rollups() after each import.
DROP MATERIALIZED VIEW IF EXISTS case_outcome_daily CASCADE;
CREATE MATERIALIZED VIEW case_outcome_daily AS
SELECT
  c.municipality_code,
  'klacht'::text AS family,
  c.received_on AS day,
  c.domain_code,
  c.line,
  c.route,
  coalesce(c.subject_organisation_id, 0) AS subject_organisation_id,
  coalesce(c.theme_id, 0) AS theme_id,
  coalesce(dom.law, 'onbekend') AS law,
  c.outcome,
  count(*)::integer AS case_count,
  (count(*) FILTER (WHERE c.recommendation_made))::integer AS recommendation_made_count,
  (count(*) FILTER (WHERE c.recommendation_made AND c.recommendation_followed))::integer
    AS recommendation_followed_count,
  (count(*) FILTER (WHERE c.recommendation_made AND NOT c.recommendation_followed))::integer
    AS recommendation_not_followed_count
FROM case_record c
LEFT JOIN domain dom ON dom.code = c.domain_code
WHERE c.kind = 'klacht'
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
UNION ALL
SELECT
  o.municipality_code,
  'bezwaar'::text AS family,
  o.objection_received_on AS day,
  o.domain_code,
  'bezwaar'::text AS line,
  'formeel'::text AS route,
  0 AS subject_organisation_id,
  coalesce(o.theme_id, 0) AS theme_id,
  o.law,
  o.outcome,
  count(*)::integer AS case_count,
  0 AS recommendation_made_count,
  0 AS recommendation_followed_count,
  0 AS recommendation_not_followed_count
FROM objection_decision o
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;

CREATE UNIQUE INDEX uq_case_outcome_daily ON case_outcome_daily (
  municipality_code, family, day, domain_code, line, route, subject_organisation_id, theme_id, law, outcome);
CREATE INDEX idx_case_outcome_daily_day ON case_outcome_daily (municipality_code, family, day);
