-- refresh_rollups(municipality, from, to): recomputes the rollup tables (migrations/0040) for the whole
-- months that overlap [from, to], for one municipality (NULL: all), from the fact tables: delete the
-- slice, insert it again. NULL dates mean "every month". The ETL calls it inside the import transaction
-- with the months the import changed (old and new dates of every merged record), so facts and rollups
-- commit together and an import of one month's export recomputes one month, not the whole history.
-- `SELECT * FROM refresh_rollups()` rebuilds everything (after a manual repair of the facts).
--
-- case_record_monthly is summed from the view case_record_daily (the facts in rollup shape);
-- handling_time_monthly and case_outcome_monthly from their daily rollups, refreshed first.
-- The aggregation of each rollup is defined here, once; the tables only hold the result. Every count
-- has a *key_sum beside it: the sum of the record keys of the records it counts (migrations/0060).
DROP FUNCTION IF EXISTS refresh_rollups();
DROP FUNCTION IF EXISTS refresh_rollups(text, date, date);
CREATE FUNCTION refresh_rollups(
  p_municipality_code text DEFAULT NULL,
  p_from date DEFAULT NULL,
  p_to date DEFAULT NULL
)
RETURNS TABLE (rollup_name text, row_count bigint)
LANGUAGE plpgsql
-- Grouping a few million rows in memory instead of in temp files (only while this function runs).
SET work_mem = '256MB'
AS $$
DECLARE
  v_from date := coalesce(date_trunc('month', p_from)::date, '-infinity'::date);
  v_to date := coalesce((date_trunc('month', p_to) + interval '1 month - 1 day')::date, 'infinity'::date);
  v_all boolean := p_municipality_code IS NULL;
  v_rows bigint;
BEGIN
  -- case_record_monthly: columns outside a grouping set hold '*' / -1 (never a real value).
  DELETE FROM case_record_monthly m
  WHERE (v_all OR m.municipality_code = p_municipality_code) AND m.month BETWEEN v_from AND v_to;
  INSERT INTO case_record_monthly
  SELECT
    d.municipality_code,
    date_trunc('month', d.day)::date,
    coalesce(nullif(concat_ws(',',
      CASE WHEN GROUPING(d.domain_code) = 0 THEN 'domain' END,
      CASE WHEN GROUPING(d.kind) = 0 THEN 'kind' END,
      CASE WHEN GROUPING(d.line) = 0 THEN 'line' END,
      CASE WHEN GROUPING(d.theme_id) = 0 THEN 'theme' END,
      CASE WHEN GROUPING(d.channel) = 0 THEN 'channel' END,
      CASE WHEN GROUPING(d.complainant_type) = 0 THEN 'complainantType' END,
      CASE WHEN GROUPING(d.neighbourhood_code) = 0 THEN 'neighbourhood' END,
      CASE WHEN GROUPING(d.source_organisation_id) = 0 THEN 'sourceOrganisation' END,
      CASE WHEN GROUPING(d.subject_organisation_id) = 0 THEN 'subjectOrganisation' END,
      CASE WHEN GROUPING(d.outcome) = 0 THEN 'outcome' END), ''), 'none'),
    CASE WHEN GROUPING(d.domain_code) = 1 THEN '*' ELSE d.domain_code END,
    CASE WHEN GROUPING(d.kind) = 1 THEN '*' ELSE d.kind END,
    CASE WHEN GROUPING(d.line) = 1 THEN '*' ELSE d.line END,
    CASE WHEN GROUPING(d.theme_id) = 1 THEN -1 ELSE d.theme_id END,
    CASE WHEN GROUPING(d.channel) = 1 THEN '*' ELSE d.channel END,
    CASE WHEN GROUPING(d.complainant_type) = 1 THEN '*' ELSE d.complainant_type END,
    CASE WHEN GROUPING(d.neighbourhood_code) = 1 THEN '*' ELSE d.neighbourhood_code END,
    CASE WHEN GROUPING(d.source_organisation_id) = 1 THEN -1 ELSE d.source_organisation_id END,
    CASE WHEN GROUPING(d.subject_organisation_id) = 1 THEN -1 ELSE d.subject_organisation_id END,
    CASE WHEN GROUPING(d.outcome) = 1 THEN '*' ELSE d.outcome END,
    sum(d.case_count)::integer,
    sum(d.closed_count)::integer,
    sum(d.case_key_sum),
    sum(d.closed_key_sum)
  FROM case_record_daily d
  WHERE (v_all OR d.municipality_code = p_municipality_code) AND d.day BETWEEN v_from AND v_to
  GROUP BY d.municipality_code, date_trunc('month', d.day), GROUPING SETS (
    -- totals
    (),
    -- every single dimension of the catalog
    (d.domain_code), (d.kind), (d.line), (d.theme_id), (d.channel), (d.complainant_type),
    (d.neighbourhood_code), (d.source_organisation_id), (d.subject_organisation_id), (d.outcome),
    -- the pairs the dashboard uses (two dimensions, or one dimension plus a filter on another)
    (d.domain_code, d.kind), (d.domain_code, d.theme_id), (d.domain_code, d.subject_organisation_id),
    (d.domain_code, d.outcome), (d.theme_id, d.channel), (d.theme_id, d.complainant_type),
    (d.theme_id, d.neighbourhood_code), (d.theme_id, d.subject_organisation_id), (d.theme_id, d.outcome),
    -- theme × outcome filtered on a domain
    (d.domain_code, d.theme_id, d.outcome),
    -- complaints (kind) by domain and theme: the waiting-time complaints and the thermometer
    (d.domain_code, d.kind, d.theme_id)
  );
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  rollup_name := 'case_record_monthly';
  row_count := v_rows;
  RETURN NEXT;

  -- handling_time_daily: complaints by receipt day, objections by the day the objection came in.
  DELETE FROM handling_time_daily h
  WHERE (v_all OR h.municipality_code = p_municipality_code) AND h.day BETWEEN v_from AND v_to;
  INSERT INTO handling_time_daily
  SELECT c.municipality_code, 'klacht', c.received_on, c.domain_code, c.line,
         coalesce(c.subject_organisation_id, 0), c.external_committee, c.extended, c.closed_on IS NOT NULL,
         CASE WHEN c.closed_on IS NULL THEN -1 ELSE least(c.closed_on - c.received_on, 366) END,
         count(*)::integer, sum(c.record_key)
  FROM case_record c
  WHERE c.kind = 'klacht' AND (v_all OR c.municipality_code = p_municipality_code)
    AND c.received_on BETWEEN v_from AND v_to
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
  UNION ALL
  SELECT o.municipality_code, 'bezwaar', o.objection_received_on, o.domain_code, 'bezwaar', 0,
         o.advisory_committee, o.extended, o.decided_on IS NOT NULL,
         CASE WHEN o.decided_on IS NULL THEN -1 ELSE least(o.decided_on - o.objection_received_on, 366) END,
         count(*)::integer, sum(o.record_key)
  FROM objection_decision o
  WHERE (v_all OR o.municipality_code = p_municipality_code)
    AND o.objection_received_on BETWEEN v_from AND v_to
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  rollup_name := 'handling_time_daily';
  row_count := v_rows;
  RETURN NEXT;

  -- case_outcome_daily
  DELETE FROM case_outcome_daily o
  WHERE (v_all OR o.municipality_code = p_municipality_code) AND o.day BETWEEN v_from AND v_to;
  INSERT INTO case_outcome_daily
  SELECT c.municipality_code, 'klacht', c.received_on, c.domain_code, c.line, c.route,
         coalesce(c.subject_organisation_id, 0), coalesce(c.theme_id, 0), coalesce(dom.law, 'onbekend'),
         c.outcome, count(*)::integer,
         (count(*) FILTER (WHERE c.recommendation_made))::integer,
         (count(*) FILTER (WHERE c.recommendation_made AND c.recommendation_followed))::integer,
         (count(*) FILTER (WHERE c.recommendation_made AND NOT c.recommendation_followed))::integer,
         sum(c.record_key),
         coalesce(sum(c.record_key) FILTER (WHERE c.recommendation_made), 0),
         coalesce(sum(c.record_key) FILTER (WHERE c.recommendation_made AND c.recommendation_followed), 0),
         coalesce(sum(c.record_key) FILTER (WHERE c.recommendation_made AND NOT c.recommendation_followed), 0)
  FROM case_record c
  LEFT JOIN domain dom ON dom.code = c.domain_code
  WHERE c.kind = 'klacht' AND (v_all OR c.municipality_code = p_municipality_code)
    AND c.received_on BETWEEN v_from AND v_to
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
  UNION ALL
  SELECT o.municipality_code, 'bezwaar', o.objection_received_on, o.domain_code, 'bezwaar', 'formeel', 0,
         coalesce(o.theme_id, 0), o.law, o.outcome, count(*)::integer, 0, 0, 0, sum(o.record_key), 0, 0, 0
  FROM objection_decision o
  WHERE (v_all OR o.municipality_code = p_municipality_code)
    AND o.objection_received_on BETWEEN v_from AND v_to
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  rollup_name := 'case_outcome_daily';
  row_count := v_rows;
  RETURN NEXT;

  -- handling_time_monthly: the closed rows of handling_time_daily (just refreshed for the same slice)
  -- summed per month; open records stay in handling_time_daily only (their age needs the day).
  DELETE FROM handling_time_monthly h
  WHERE (v_all OR h.municipality_code = p_municipality_code) AND h.month BETWEEN v_from AND v_to;
  INSERT INTO handling_time_monthly
  SELECT h.municipality_code, h.family, date_trunc('month', h.day)::date, h.domain_code, h.line,
         h.subject_organisation_id, h.committee, h.extended, h.duration_days, sum(h.case_count)::integer,
         sum(h.key_sum)
  FROM handling_time_daily h
  WHERE h.closed AND (v_all OR h.municipality_code = p_municipality_code) AND h.day BETWEEN v_from AND v_to
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  rollup_name := 'handling_time_monthly';
  row_count := v_rows;
  RETURN NEXT;

  -- case_outcome_monthly: case_outcome_daily (just refreshed for the same slice) summed per month, in
  -- two grouping sets: with the theme, and without it (theme_id -1 = all themes). At day grain theme ×
  -- outcome × organisation leaves nearly every record a cell of its own; without the theme a month has
  -- a few hundred cells, and most outcome queries and the chain's counts use no theme.
  DELETE FROM case_outcome_monthly o
  WHERE (v_all OR o.municipality_code = p_municipality_code) AND o.month BETWEEN v_from AND v_to;
  INSERT INTO case_outcome_monthly
  SELECT o.municipality_code, o.family, date_trunc('month', o.day)::date, o.domain_code, o.line, o.route,
         o.subject_organisation_id, CASE WHEN GROUPING(o.theme_id) = 1 THEN -1 ELSE o.theme_id END, o.law,
         o.outcome, sum(o.case_count)::integer,
         sum(o.recommendation_made_count)::integer, sum(o.recommendation_followed_count)::integer,
         sum(o.recommendation_not_followed_count)::integer,
         sum(o.case_key_sum), sum(o.recommendation_made_key_sum), sum(o.recommendation_followed_key_sum),
         sum(o.recommendation_not_followed_key_sum)
  FROM case_outcome_daily o
  WHERE (v_all OR o.municipality_code = p_municipality_code) AND o.day BETWEEN v_from AND v_to
  GROUP BY o.municipality_code, o.family, date_trunc('month', o.day), o.domain_code, o.line, o.route,
    o.subject_organisation_id, o.law, o.outcome, GROUPING SETS ((o.theme_id), ());
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  rollup_name := 'case_outcome_monthly';
  row_count := v_rows;
  RETURN NEXT;

  -- complaint_term_monthly: closed complaints by month of closing, sliced by month of receipt; the
  -- columns of the term rule are explained in migrations/0051 (no norm constants here).
  DELETE FROM complaint_term_monthly t
  WHERE (v_all OR t.municipality_code = p_municipality_code) AND t.received_month BETWEEN v_from AND v_to;
  INSERT INTO complaint_term_monthly
  SELECT c.municipality_code, date_trunc('month', c.closed_on)::date, date_trunc('month', c.received_on)::date,
         c.domain_code, c.line, c.term_days IS NOT NULL, c.external_committee,
         CASE WHEN c.extended THEN least(coalesce(c.extension_days, 366), 366) ELSE 0 END,
         least(c.closed_on - c.received_on - coalesce(c.term_days, 0), 366),
         count(*)::integer, sum(c.record_key)
  FROM case_record c
  WHERE c.kind = 'klacht' AND c.closed_on IS NOT NULL
    AND (v_all OR c.municipality_code = p_municipality_code) AND c.received_on BETWEEN v_from AND v_to
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  rollup_name := 'complaint_term_monthly';
  row_count := v_rows;
  RETURN NEXT;
END;
$$;
