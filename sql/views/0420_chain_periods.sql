-- The chain's answer per period (migrations/0361, docs/scaling.md "Chain results per period"): per
-- municipality × period × domain filter × step, the distinct citizens with a complaint in the from-line
-- received in the period and how many of them complained in the to-line within 365 days after (same
-- municipality; with a domain both complaints in it). Computed per citizen from complaint_citizen_day,
-- so refresh_rollups() recomputes a municipality and the import's delta only the citizens it touches.

-- The steps stored: must equal CHAIN_TRANSITIONS in api/src/chain/chain.catalog.ts (chain.periods.spec.ts).
CREATE OR REPLACE FUNCTION chain_steps()
RETURNS TABLE (from_line text, to_line text)
LANGUAGE sql
IMMUTABLE
AS $$
  VALUES ('eerste_lijn_aanbieder', 'eerste_lijn_gemeente'),
         ('eerste_lijn_gemeente', 'tweede_lijn'),
         ('eerste_lijn_aanbieder', 'tweede_lijn');
$$;

-- The cells of chain_period_step that the citizens of p_citizen_days (a relation or parenthesised query
-- with complaint_citizen_day's columns holding ALL cells of each citizen it names) contribute. A citizen
-- counts once per period with a from-complaint in it, and as moved when one of those was followed by a
-- complaint in the to-line within 365 days (with a domain: both in it). Each citizen's months are kept
-- once ("marks"); calendar periods count the distinct citizens per month, quarter and year, and the
-- periods of 12 whole months are counted without spreading a citizen over them: a citizen's months that
-- lie at most 12 apart form one run of window ends (first month .. last month + 11), added as +1 at its
-- start and -1 after its end and summed month by month. The window ending in December is the calendar
-- year, counted once.
CREATE OR REPLACE FUNCTION chain_period_cells(p_citizen_days text)
RETURNS TABLE (period_from date, period_to date, municipality_code text, domain_code text, from_line text,
  to_line text, citizens integer, citizens_key_sum bigint, moved integer, moved_key_sum bigint)
LANGUAGE plpgsql
AS $$
#variable_conflict use_column
BEGIN
  -- The days in a temp table with fresh statistics: complaint_citizen_day's may not know a municipality
  -- (its first import into a large database), and an estimate of one row per citizen made the planner
  -- join the days to themselves by nested loop (at 10 M, 9,004 days of a new municipality: 81 million
  -- comparisons, 12 s).
  DROP TABLE IF EXISTS pg_temp.chain_days;
  EXECUTE format('CREATE TEMP TABLE chain_days ON COMMIT DROP AS
    SELECT d.municipality_code, d.citizen, d.citizen_key, d.line, d.day, d.domain_code FROM %s d', p_citizen_days);
  ANALYZE pg_temp.chain_days;
  RETURN QUERY
    WITH days AS (SELECT * FROM pg_temp.chain_days),
    -- Per citizen, from-line, domain and month: a from-complaint.
    starts AS MATERIALIZED (
      SELECT DISTINCT a.municipality_code, a.citizen, a.citizen_key, a.line AS from_line, a.domain_code,
             date_trunc('month', a.day)::date AS month
        FROM days a
       WHERE a.line IN (SELECT s.from_line FROM chain_steps() s)
    ),
    -- Per citizen, step, domain and month: a from-complaint followed within the window by a
    -- to-complaint, and whether one of those was in the same domain.
    moves AS MATERIALIZED (
      SELECT a.municipality_code, a.citizen, a.citizen_key, s.from_line, s.to_line, a.domain_code,
             date_trunc('month', a.day)::date AS month, bool_or(b.domain_code = a.domain_code) AS same_domain
        FROM days a
        JOIN chain_steps() s ON s.from_line = a.line
        JOIN days b
          ON b.municipality_code = a.municipality_code AND b.citizen = a.citizen AND b.line = s.to_line
         AND b.day BETWEEN a.day AND a.day + 365
       GROUP BY 1, 2, 3, 4, 5, 6, 7
    ),
    -- What is counted, per cell group (to_line '' for the citizens of a from-line): each citizen's months.
    marks AS (
      SELECT DISTINCT a.municipality_code, ''::text AS domain_code, a.from_line, ''::text AS to_line, a.citizen,
             a.citizen_key, a.month
        FROM starts a
      UNION ALL
      SELECT a.municipality_code, a.domain_code, a.from_line, '', a.citizen, a.citizen_key, a.month FROM starts a
      UNION ALL
      SELECT DISTINCT a.municipality_code, '', a.from_line, a.to_line, a.citizen, a.citizen_key, a.month FROM moves a
      UNION ALL
      SELECT a.municipality_code, a.domain_code, a.from_line, a.to_line, a.citizen, a.citizen_key, a.month
        FROM moves a WHERE a.same_domain
    ),
    -- Per cell group and month, from one sort of each citizen's months (citizen first: its abbreviated
    -- sort key decides almost every comparison): the citizens with a mark in the month, those for whom it
    -- is the first month in its quarter or year (a citizen counts once per calendar period), and those whose
    -- run of window ends starts or ends with it (months at most 12 apart form one run). A DISTINCT of every
    -- mark per month, quarter and year cost the first 1 M import a hash table of 1.07 M rows.
    month_counts AS MATERIALIZED (
      SELECT n.municipality_code, n.domain_code, n.from_line, n.to_line, n.month,
             count(*) AS n, sum(n.citizen_key) AS key_sum,
             count(*) FILTER (WHERE n.first_in_quarter) AS quarter_n,
             sum(n.citizen_key) FILTER (WHERE n.first_in_quarter) AS quarter_key_sum,
             count(*) FILTER (WHERE n.first_in_year) AS year_n,
             sum(n.citizen_key) FILTER (WHERE n.first_in_year) AS year_key_sum,
             count(*) FILTER (WHERE n.starts_run) AS run_starts,
             sum(n.citizen_key) FILTER (WHERE n.starts_run) AS run_starts_key_sum,
             count(*) FILTER (WHERE n.ends_run) AS run_ends,
             sum(n.citizen_key) FILTER (WHERE n.ends_run) AS run_ends_key_sum
        FROM (SELECT p.*,
                     p.previous_month IS NULL OR p.previous_month < date_trunc('quarter', p.month::timestamp)
                       AS first_in_quarter,
                     p.previous_month IS NULL OR p.previous_month < date_trunc('year', p.month::timestamp)
                       AS first_in_year,
                     p.previous_month IS NULL OR p.month > p.previous_month + interval '12 months' AS starts_run,
                     p.next_month IS NULL OR p.next_month > p.month + interval '12 months' AS ends_run
                FROM (SELECT m.municipality_code, m.domain_code, m.from_line, m.to_line, m.citizen_key, m.month,
                             lag(m.month) OVER w AS previous_month, lead(m.month) OVER w AS next_month
                        FROM marks m
                      WINDOW w AS (PARTITION BY m.citizen, m.citizen_key, m.municipality_code, m.domain_code,
                                                m.from_line, m.to_line ORDER BY m.month)) p) n
       GROUP BY 1, 2, 3, 4, 5
    ),
    calendar AS (
      SELECT date_trunc(k.unit, c.month)::date AS period_from,
             (date_trunc(k.unit, c.month) + k.length - interval '1 day')::date AS period_to,
             c.municipality_code, c.domain_code, c.from_line, c.to_line, sum(k.n) AS n, sum(k.key_sum) AS key_sum
        FROM month_counts c
        CROSS JOIN LATERAL (VALUES ('month', interval '1 month', c.n, c.key_sum),
                                   ('quarter', interval '3 months', c.quarter_n, c.quarter_key_sum),
                                   ('year', interval '1 year', c.year_n, c.year_key_sum)) AS k(unit, length, n, key_sum)
       WHERE k.n > 0
       GROUP BY 1, 2, 3, 4, 5, 6
    ),
    -- +1 at the first window end of a run, -1 after its last (its last month + 11).
    run_edges AS (
      SELECT c.municipality_code, c.domain_code, c.from_line, c.to_line, e.month, sum(e.n) AS n,
             sum(e.key_sum) AS key_sum
        FROM month_counts c
        CROSS JOIN LATERAL (VALUES (c.month, c.run_starts, c.run_starts_key_sum),
                                   ((c.month + interval '12 months')::date, -c.run_ends, -c.run_ends_key_sum))
                     AS e(month, n, key_sum)
       WHERE e.n <> 0
       GROUP BY 1, 2, 3, 4, 5
    ),
    rolling AS (
      SELECT e.municipality_code, e.domain_code, e.from_line, e.to_line, e.month,
             sum(coalesce(s.n, 0)) OVER w AS n, sum(coalesce(s.key_sum, 0)) OVER w AS key_sum
        FROM (SELECT g.municipality_code, g.domain_code, g.from_line, g.to_line, m::date AS month
                FROM (SELECT municipality_code, domain_code, from_line, to_line, min(month) AS lo, max(month) AS hi
                        FROM run_edges GROUP BY 1, 2, 3, 4) g
                CROSS JOIN LATERAL generate_series(g.lo, g.hi, interval '1 month') AS m) e
        LEFT JOIN run_edges s USING (municipality_code, domain_code, from_line, to_line, month)
      WINDOW w AS (PARTITION BY e.municipality_code, e.domain_code, e.from_line, e.to_line ORDER BY e.month)
    ),
    cells AS (
      SELECT * FROM calendar
      UNION ALL
      SELECT (r.month - interval '11 months')::date, (r.month + interval '1 month' - interval '1 day')::date,
             r.municipality_code, r.domain_code, r.from_line, r.to_line, r.n, r.key_sum
        FROM rolling r
       WHERE r.n > 0 AND extract(month FROM r.month) <> 12
    )
    SELECT c.period_from, c.period_to, c.municipality_code, c.domain_code, s.from_line, s.to_line,
           c.n::integer, c.key_sum::bigint, coalesce(m.n, 0)::integer, coalesce(m.key_sum, 0)::bigint
      FROM cells c
      JOIN chain_steps() s ON s.from_line = c.from_line
      LEFT JOIN cells m
        ON m.period_from = c.period_from AND m.period_to = c.period_to AND m.municipality_code = c.municipality_code
       AND m.domain_code = c.domain_code AND m.from_line = s.from_line AND m.to_line = s.to_line
     WHERE c.to_line = '';
  DROP TABLE pg_temp.chain_days;
END;
$$;

-- refresh_rollups(): every cell of a municipality (NULL: all) recomputed from complaint_citizen_day (a
-- citizen's periods reach a year around any slice of months, so a slice recomputes the municipality).
CREATE OR REPLACE FUNCTION refresh_chain_periods(p_municipality_code text)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
  v_rows bigint;
BEGIN
  DELETE FROM chain_period_step c WHERE p_municipality_code IS NULL OR c.municipality_code = p_municipality_code;
  INSERT INTO chain_period_step
  SELECT * FROM chain_period_cells(CASE WHEN p_municipality_code IS NULL THEN 'complaint_citizen_day'
    ELSE format('(SELECT * FROM complaint_citizen_day WHERE municipality_code = %L)', p_municipality_code) END) c
  ORDER BY 1, 2, 3, 4, 5, 6;
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  RETURN v_rows;
END;
$$;

-- The import's delta, per citizen: chain_delta_begin(source) before complaint_citizen_day takes the delta
-- notes the citizens of the source's records (old and new versions) and subtracts their cells as they
-- were; chain_delta_end() after it adds their cells as they are, so each stored cell changes by the
-- difference. Work in proportion to the touched citizens' complaints near their changed days, not to the
-- municipality.
--
-- Only a citizen's days that the cells its changed days can reach depend on are read. A changed day d
-- can change the citizen's marks in the months from d - 365 days (a from-complaint it follows) to d
-- itself, [lo, hi]; every period holding one of those months lies within [lo - 11 months, hi + 12
-- months - 1 day] (a year or 12 whole months around them), and the marks of those periods' months are
-- exact when the days up to 365 after the last of them are read. Cells of the other periods come out of
-- the shortened days the same before and after (no changed day reaches their months), so they cancel.
CREATE OR REPLACE FUNCTION chain_delta_begin(p_cases text)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
  DROP TABLE IF EXISTS pg_temp.chain_citizens, pg_temp.chain_cells;
  EXECUTE format($q$CREATE TEMP TABLE chain_citizens ON COMMIT DROP AS
    SELECT c.municipality_code, citizen_id(c.subject_key) AS citizen,
           (date_trunc('month', min(c.received_on) - 365) - interval '11 months')::date AS days_from,
           (date_trunc('month', max(c.received_on)) + interval '12 months' - interval '1 day')::date + 365 AS days_to
      FROM %s c
     WHERE c.kind = %L AND c.subject_key IS NOT NULL
     GROUP BY 1, 2$q$, p_cases, 'klacht');
  ANALYZE pg_temp.chain_citizens;
  CREATE TEMP TABLE chain_cells ON COMMIT DROP AS
  SELECT -1 AS sign, c.* FROM chain_period_cells(chain_citizen_days()) c;
END;
$$;

-- complaint_citizen_day's cells of the citizens chain_delta_begin() noted, within their days' reach: one
-- index look-up per citizen (OFFSET 0 keeps the subquery apart; as a join the planner merged the citizens
-- with the index of the whole municipality: at 10 M, 1.9 M index entries read for 26 k citizens, 2.9 s).
CREATE OR REPLACE FUNCTION chain_citizen_days()
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT '(SELECT d.* FROM pg_temp.chain_citizens t
            CROSS JOIN LATERAL (
              SELECT d.* FROM complaint_citizen_day d
               WHERE d.municipality_code = t.municipality_code AND d.citizen = t.citizen
                 AND d.day BETWEEN t.days_from AND t.days_to
              OFFSET 0) d)';
$$;

-- Adds the noted citizens' cells as they are now, merges the difference into chain_period_step and
-- deletes the cells left without citizens; the cells written.
CREATE OR REPLACE FUNCTION chain_delta_end()
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
  v_rows bigint;
  v_emptied tid[];
BEGIN
  INSERT INTO pg_temp.chain_cells SELECT 1, c.* FROM chain_period_cells(chain_citizen_days()) c;
  WITH written AS (
    INSERT INTO chain_period_step AS t
    SELECT d.period_from, d.period_to, d.municipality_code, d.domain_code, d.from_line, d.to_line,
           sum(d.sign * d.citizens)::integer, sum(d.sign * d.citizens_key_sum)::bigint,
           sum(d.sign * d.moved)::integer, sum(d.sign * d.moved_key_sum)::bigint
      FROM pg_temp.chain_cells d
     GROUP BY 1, 2, 3, 4, 5, 6
    -- A cell whose citizens kept their answer does not change.
    HAVING sum(d.sign * d.citizens) <> 0 OR sum(d.sign * d.citizens_key_sum) <> 0
        OR sum(d.sign * d.moved) <> 0 OR sum(d.sign * d.moved_key_sum) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (period_from, period_to, municipality_code, domain_code, from_line, to_line) DO UPDATE
      SET citizens = t.citizens + EXCLUDED.citizens, citizens_key_sum = t.citizens_key_sum + EXCLUDED.citizens_key_sum,
          moved = t.moved + EXCLUDED.moved, moved_key_sum = t.moved_key_sum + EXCLUDED.moved_key_sum
    RETURNING t.ctid, t.citizens
  )
  SELECT count(*), array_agg(w.ctid) FILTER (WHERE w.citizens = 0) INTO v_rows, v_emptied FROM written w;
  IF v_emptied IS NOT NULL THEN
    DELETE FROM chain_period_step WHERE ctid = ANY (v_emptied);
  END IF;
  DROP TABLE pg_temp.chain_citizens, pg_temp.chain_cells;
  RETURN v_rows;
END;
$$;
