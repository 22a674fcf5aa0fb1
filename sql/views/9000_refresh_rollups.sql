-- refresh_rollups(municipality, from, to): recomputes the rollup tables (migrations/0051, 0200, 0300) for the
-- whole months that overlap [from, to], for one municipality (NULL: all), from the fact tables: delete
-- the slice, insert it again. NULL dates mean "every month". `SELECT * FROM refresh_rollups()` rebuilds
-- everything (after a manual repair of the facts, a restore); a change of a few records by hand (a
-- manual theme) refreshes its month.
--
-- An import does not call this: its merge leaves its delta, and apply_rollup_delta() adds it to the
-- rollups (views/0400). Both use the same aggregation per rollup (rollup_case_records,
-- rollup_objections), so a delta and a recompute give the same cells (sql/src/rollup-delta.spec.ts).
-- Every count has a *key_sum beside it: the sum of the record keys of the records it counts (0060).
-- chain_period_step (0361, views/0420) follows citizens across months: it is recomputed for the whole
-- municipality (all: every municipality) of the slice, after complaint_citizen_day. The twins are summed from
-- their twins as just written: handling_time_open_day_domain (0371) of the slice from handling_time_open_day,
-- the region twins (0372) of the slice's months for every municipality.
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
  -- The slice's facts, each counted once (sign +1); literals, so the planner sees the slice.
  v_rollup text;
  v_slice text := CASE WHEN v_all THEN '' ELSE format('f.municipality_code = %L AND ', p_municipality_code) END;
BEGIN
  FOR v_rollup IN SELECT r.rollup_name FROM case_month_rollups() r LOOP
    EXECUTE format('DELETE FROM %I m WHERE ($1 OR m.municipality_code = $2) AND m.month BETWEEN $3 AND $4',
      v_rollup) USING v_all, p_municipality_code, v_from, v_to;
  END LOOP;
  DELETE FROM handling_time_monthly h
  WHERE (v_all OR h.municipality_code = p_municipality_code) AND h.month BETWEEN v_from AND v_to;
  FOR v_rollup IN SELECT r.rollup_name FROM outcome_month_rollups() r
                  UNION ALL SELECT 'handling_time_month_domain' LOOP
    EXECUTE format('DELETE FROM %I m WHERE ($1 OR m.municipality_code = $2) AND m.month BETWEEN $3 AND $4',
      v_rollup) USING v_all, p_municipality_code, v_from, v_to;
  END LOOP;
  DELETE FROM handling_time_open_day h
  WHERE (v_all OR h.municipality_code = p_municipality_code) AND h.day BETWEEN v_from AND v_to;
  DELETE FROM complaint_citizen_day c
  WHERE (v_all OR c.municipality_code = p_municipality_code) AND c.day BETWEEN v_from AND v_to;
  -- By month of closing: records received in the slice close in or after its first month (a check of
  -- case_record), so every month of closing from there on is recomputed from the records closed in it.
  DELETE FROM complaint_term_monthly t
  WHERE (v_all OR t.municipality_code = p_municipality_code) AND t.closed_month >= v_from;

  RETURN QUERY SELECT * FROM rollup_facts(
    format('(SELECT 1 AS sign, f.* FROM case_record f WHERE %s f.received_on BETWEEN %L AND %L)',
      v_slice, v_from, v_to),
    format('(SELECT 1 AS sign, f.* FROM objection_decision f WHERE %s f.objection_received_on BETWEEN %L AND %L)',
      v_slice, v_from, v_to),
    false,
    format('(SELECT 1 AS sign, f.* FROM case_record f WHERE %s f.closed_on >= %L)', v_slice, v_from));
  -- From complaint_citizen_day as just written: the whole municipality (views/0420).
  rollup_name := 'chain_period_step';
  row_count := refresh_chain_periods(p_municipality_code);
  RETURN NEXT;
  -- The open records by domain of the slice, from handling_time_open_day as just written (views/0400).
  RETURN QUERY SELECT * FROM refresh_open_day_domain(p_municipality_code, v_from, v_to);
  -- The region twins of the slice's months, from their twins as just written (views/0400).
  RETURN QUERY SELECT * FROM refresh_region_rollups(p_from, p_to);
END;
$$;
