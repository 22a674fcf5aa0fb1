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

-- The stored periods that contain a month: the month, its quarter, its year and the twelve periods of
-- 12 whole months that contain it (the one ending in December is the year, counted once).
CREATE OR REPLACE FUNCTION chain_periods(p_month date)
RETURNS TABLE (period_from date, period_to date)
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT DISTINCT p.first_day::date, (p.first_day + p.length - interval '1 day')::date
  FROM (
    VALUES (p_month::timestamp, interval '1 month'),
           (date_trunc('quarter', p_month::timestamp), interval '3 months'),
           (date_trunc('year', p_month::timestamp), interval '1 year')
    UNION ALL
    SELECT p_month::timestamp - make_interval(months => k), interval '12 months' FROM generate_series(0, 11) AS k
  ) AS p(first_day, length);
$$;

-- The cells of chain_period_step that the citizens of p_citizen_days (a relation or parenthesised query
-- with complaint_citizen_day's columns holding ALL cells of each citizen it names) contribute. A citizen
-- counts once per period with a from-complaint in it, and as moved when one of those was followed by a
-- complaint in the to-line within 365 days (with a domain: both in it). Citizens are counted per
-- from-line (the same for its steps) and only the from-days that moved are followed per step.
CREATE OR REPLACE FUNCTION chain_period_cells(p_citizen_days text)
RETURNS TABLE (period_from date, period_to date, municipality_code text, domain_code text, from_line text,
  to_line text, citizens integer, citizens_key_sum bigint, moved integer, moved_key_sum bigint)
LANGUAGE plpgsql
AS $$
BEGIN
  RETURN QUERY EXECUTE format($q$
    WITH days AS MATERIALIZED (
      SELECT d.municipality_code, d.subject_key, d.line, d.day, d.domain_code FROM %s d
    ),
    -- Per citizen, from-line, domain and month: a from-complaint.
    starts AS MATERIALIZED (
      SELECT DISTINCT a.municipality_code, a.subject_key, a.line AS from_line, a.domain_code,
             date_trunc('month', a.day)::date AS month
        FROM days a
       WHERE a.line IN (SELECT s.from_line FROM chain_steps() s)
    ),
    -- Per citizen, step, domain and month: a from-complaint followed within the window by a
    -- to-complaint, and whether one of those was in the same domain.
    moves AS MATERIALIZED (
      SELECT a.municipality_code, a.subject_key, s.from_line, s.to_line, a.domain_code,
             date_trunc('month', a.day)::date AS month, bool_or(b.domain_code = a.domain_code) AS same_domain
        FROM days a
        JOIN chain_steps() s ON s.from_line = a.line
        JOIN days b
          ON b.municipality_code = a.municipality_code AND b.subject_key = a.subject_key AND b.line = s.to_line
         AND b.day BETWEEN a.day AND a.day + 365
       GROUP BY 1, 2, 3, 4, 5, 6
    ),
    periods AS MATERIALIZED (
      SELECT m.month, p.period_from, p.period_to
        FROM (SELECT DISTINCT x.month FROM starts x) m
        CROSS JOIN LATERAL chain_periods(m.month) p
    ),
    citizens AS (
      SELECT c.period_from, c.period_to, c.municipality_code, c.domain_code, c.from_line, count(*) AS n,
             sum(hashtext(c.municipality_code || ':' || c.subject_key) & 255) AS key_sum
        FROM (SELECT DISTINCT p.period_from, p.period_to, a.municipality_code, ''::text AS domain_code, a.from_line,
                     a.subject_key
                FROM starts a JOIN periods p USING (month)
              UNION ALL
              SELECT DISTINCT p.period_from, p.period_to, a.municipality_code, a.domain_code, a.from_line,
                     a.subject_key
                FROM starts a JOIN periods p USING (month)) c
       GROUP BY 1, 2, 3, 4, 5
    ),
    moved AS (
      SELECT c.period_from, c.period_to, c.municipality_code, c.domain_code, c.from_line, c.to_line, count(*) AS n,
             sum(hashtext(c.municipality_code || ':' || c.subject_key) & 255) AS key_sum
        FROM (SELECT DISTINCT p.period_from, p.period_to, a.municipality_code, ''::text AS domain_code, a.from_line,
                     a.to_line, a.subject_key
                FROM moves a JOIN periods p USING (month)
              UNION ALL
              SELECT DISTINCT p.period_from, p.period_to, a.municipality_code, a.domain_code, a.from_line, a.to_line,
                     a.subject_key
                FROM moves a JOIN periods p USING (month)
               WHERE a.same_domain) c
       GROUP BY 1, 2, 3, 4, 5, 6
    )
    SELECT c.period_from, c.period_to, c.municipality_code, c.domain_code, s.from_line, s.to_line,
           c.n::integer, c.key_sum::bigint, coalesce(m.n, 0)::integer, coalesce(m.key_sum, 0)::bigint
      FROM citizens c
      JOIN chain_steps() s ON s.from_line = c.from_line
      LEFT JOIN moved m
        ON m.period_from = c.period_from AND m.period_to = c.period_to AND m.municipality_code = c.municipality_code
       AND m.domain_code = c.domain_code AND m.from_line = s.from_line AND m.to_line = s.to_line$q$, p_citizen_days);
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
-- difference. Work in proportion to the touched citizens' complaints, not to the municipality.
CREATE OR REPLACE FUNCTION chain_delta_begin(p_cases text)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
  DROP TABLE IF EXISTS pg_temp.chain_citizens, pg_temp.chain_cells;
  EXECUTE format('CREATE TEMP TABLE chain_citizens ON COMMIT DROP AS
    SELECT DISTINCT c.municipality_code, c.subject_key FROM %s c
     WHERE c.kind = %L AND c.subject_key IS NOT NULL', p_cases, 'klacht');
  ANALYZE pg_temp.chain_citizens;
  CREATE TEMP TABLE chain_cells ON COMMIT DROP AS
  SELECT -1 AS sign, c.* FROM chain_period_cells(chain_citizen_days()) c;
END;
$$;

-- complaint_citizen_day's cells of the citizens chain_delta_begin() noted.
CREATE OR REPLACE FUNCTION chain_citizen_days()
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT '(SELECT d.* FROM pg_temp.chain_citizens t
            JOIN complaint_citizen_day d ON d.municipality_code = t.municipality_code AND d.subject_key = t.subject_key)';
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
