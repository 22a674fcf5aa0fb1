-- The day grain of the handling-time and outcome indicators, one row per record in the shape the day-grain
-- rollups had (migrations/0040, 0060, 0181; tables until 0302): for the questions no monthly rollup
-- answers (weeks, part months, outcomes by line and theme together). Filters on municipality_code, day
-- and family reach case_record's and objection_decision's indexes.

-- Handling times: duration in days from receipt to closure or decision, -1 while open, 366 for more than
-- a year; term_days the record's own term, 0 = the legal term.
CREATE OR REPLACE VIEW handling_time_daily AS
SELECT c.municipality_code, 'klacht'::text AS family, c.received_on AS day, c.domain_code, c.line,
       coalesce(c.subject_organisation_id, 0) AS subject_organisation_id, c.external_committee AS committee,
       c.extended, c.closed_on IS NOT NULL AS closed,
       CASE WHEN c.closed_on IS NULL THEN -1 ELSE least(c.closed_on - c.received_on, 366) END AS duration_days,
       1 AS case_count, c.record_key::bigint AS key_sum, coalesce(c.term_days, 0) AS term_days
FROM case_record c
WHERE c.kind = 'klacht'
UNION ALL
SELECT o.municipality_code, 'bezwaar', o.objection_received_on, o.domain_code, 'bezwaar', 0, o.advisory_committee,
       o.extended, o.decided_on IS NOT NULL,
       CASE WHEN o.decided_on IS NULL THEN -1 ELSE least(o.decided_on - o.objection_received_on, 366) END,
       1, o.record_key::bigint, 0
FROM objection_decision o;

-- Outcomes and ombudsman recommendations: complaints carry the law of their domain; objections have line
-- 'bezwaar' and route 'formeel'. Every count has its record key beside it (cell-key perturbation).
CREATE OR REPLACE VIEW case_outcome_daily AS
SELECT c.municipality_code, 'klacht'::text AS family, c.received_on AS day, c.domain_code, c.line, c.route,
       coalesce(c.subject_organisation_id, 0) AS subject_organisation_id, coalesce(c.theme_id, 0) AS theme_id,
       coalesce(dom.law, 'onbekend') AS law, c.outcome, 1 AS case_count,
       coalesce(c.recommendation_made, false)::integer AS recommendation_made_count,
       coalesce(c.recommendation_made AND c.recommendation_followed, false)::integer AS recommendation_followed_count,
       coalesce(c.recommendation_made AND NOT c.recommendation_followed, false)::integer
         AS recommendation_not_followed_count,
       c.record_key::bigint AS case_key_sum,
       CASE WHEN c.recommendation_made THEN c.record_key ELSE 0 END::bigint AS recommendation_made_key_sum,
       CASE WHEN c.recommendation_made AND c.recommendation_followed THEN c.record_key ELSE 0 END::bigint
         AS recommendation_followed_key_sum,
       CASE WHEN c.recommendation_made AND NOT c.recommendation_followed THEN c.record_key ELSE 0 END::bigint
         AS recommendation_not_followed_key_sum
FROM case_record c
LEFT JOIN domain dom ON dom.code = c.domain_code
WHERE c.kind = 'klacht'
UNION ALL
SELECT o.municipality_code, 'bezwaar', o.objection_received_on, o.domain_code, 'bezwaar', 'formeel', 0,
       coalesce(o.theme_id, 0), o.law, o.outcome, 1, 0, 0, 0, o.record_key::bigint, 0, 0, 0
FROM objection_decision o;
