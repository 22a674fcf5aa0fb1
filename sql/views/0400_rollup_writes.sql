-- How the rollups (migrations/0051, 0200, 0300) are computed from facts, written once and used two ways:
--
-- * refresh_rollups() (views/9000) recomputes whole months: it deletes a slice and writes the slice's
--   facts, each with sign +1 (p_merge false: plain INSERT).
-- * apply_rollup_delta() (below) maintains them from an import's delta: the records the merge
--   inserted (+1), the stored versions of the records it updated (-1) next to their new versions (+1),
--   and deleted records (-1). Every rollup value is additive (counts, key sums, histogram counts for the
--   medians), so the delta's cells are ADDED to the stored cells (p_merge true: INSERT ... ON CONFLICT
--   DO UPDATE SET x = x + delta) and cells whose count drops to 0 are deleted. The work is proportional
--   to the import, not to the months it touches (docs/scaling.md, "Refresh proportional to the import").
--
-- A source is a relation or parenthesised query with the fact table's columns and `sign` (+1 / -1).
-- Every count has the sum of its records' keys beside it (migrations/0060): sum(sign * record_key).
-- No rollup holds a non-additive value (distinct citizens are counted over complaint_citizen_day's cells,
-- one per citizen, line, day and domain), so no cell needs a recompute from the facts.

-- Two histograms of one cell (handling_time_monthly, handling_time_month_domain, complaint_term_monthly;
-- migrations/0390-0392) added: per bucket the counts and key sums summed, in ascending bucket order, leaving out
-- the buckets whose count and key sum are both 0.
CREATE OR REPLACE FUNCTION histogram_add(
  p_buckets smallint[], p_counts integer[], p_key_sums bigint[],
  p_more_buckets smallint[], p_more_counts integer[], p_more_key_sums bigint[],
  OUT buckets smallint[], OUT counts integer[], OUT key_sums bigint[])
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT coalesce(array_agg(b.bucket ORDER BY b.bucket), '{}'), coalesce(array_agg(b.n ORDER BY b.bucket), '{}'),
         coalesce(array_agg(b.k ORDER BY b.bucket), '{}')
  FROM (
    SELECT u.bucket, sum(u.n)::integer AS n, sum(u.k)::bigint AS k
    FROM (SELECT * FROM unnest(p_buckets, p_counts, p_key_sums)
          UNION ALL SELECT * FROM unnest(p_more_buckets, p_more_counts, p_more_key_sums)) AS u(bucket, n, k)
    GROUP BY u.bucket
  ) b
  WHERE b.n <> 0 OR b.k <> 0;
$$;

-- Writes p_select's rows (in p_table's column order) into p_table. Merge: adds every non-key column
-- to the stored cell with the same primary key, then deletes the cells left with case_count 0. A histogram's
-- three array columns (buckets, counts, key sums, in that column order) are added with histogram_add().
-- p_keep_cells (merge only): the temp table that keeps the delta's cells for the caller (the region twins
-- and handling_time_open_day_domain are summed from them); the caller drops it.
DROP FUNCTION IF EXISTS rollup_write(regclass, text, boolean);
CREATE OR REPLACE FUNCTION rollup_write(p_table regclass, p_select text, p_merge boolean,
  p_keep_cells text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
  v_keys text[];
  v_key_positions text;
  v_set text;
  v_unchanged text;
  v_histogram text;
  v_rows bigint;
  v_none_stored boolean;
  v_emptied tid[];
BEGIN
  SELECT array_agg(quote_ident(a.attname::text) ORDER BY k.ord), string_agg(a.position::text, ', ' ORDER BY k.ord)
    INTO v_keys, v_key_positions
  FROM pg_index i
  CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
  JOIN (SELECT c.attnum, c.attname, row_number() OVER (ORDER BY c.attnum) AS position
          FROM pg_attribute c
         WHERE c.attrelid = p_table AND c.attnum > 0 AND NOT c.attisdropped) a ON a.attnum = k.attnum
  WHERE i.indrelid = p_table AND i.indisprimary;
  IF NOT p_merge THEN
    -- In key order: the cells a question reads (a month of a municipality, a range of months) lie on
    -- few pages instead of one page per cell (docs/scaling.md, "Narrow indicator rollups").
    EXECUTE format('INSERT INTO %s SELECT * FROM (%s) s ORDER BY %s', p_table, p_select, v_key_positions);
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    RETURN v_rows;
  END IF;
  SELECT string_agg(format('%1$I = t.%1$I + EXCLUDED.%1$I', a.name), ', ') FILTER (WHERE NOT a.is_array),
         string_agg(format(CASE WHEN a.is_array THEN 'cardinality(%I) = 0' ELSE '%I = 0' END, a.name), ' AND '),
         string_agg(quote_ident(a.name), ', ' ORDER BY a.attnum) FILTER (WHERE a.is_array)
    INTO v_set, v_unchanged, v_histogram
  FROM (SELECT c.attname::text AS name, c.attnum, ty.typcategory = 'A' AS is_array
          FROM pg_attribute c JOIN pg_type ty ON ty.oid = c.atttypid
         WHERE c.attrelid = p_table AND c.attnum > 0 AND NOT c.attisdropped) a
  WHERE quote_ident(a.name) <> ALL (v_keys);
  IF v_histogram IS NOT NULL THEN
    v_set := format('%s, (%s) = (SELECT * FROM histogram_add(t.%s, EXCLUDED.%s))', v_set, v_histogram,
      replace(v_histogram, ', ', ', t.'), replace(v_histogram, ', ', ', EXCLUDED.'));
  END IF;
  EXECUTE format('CREATE TEMP TABLE rollup_cells (LIKE %s) ON COMMIT DROP', p_table);
  EXECUTE format('INSERT INTO rollup_cells %s', p_select);
  -- A cell whose records all stayed in it (an update of other columns) does not change.
  EXECUTE format('DELETE FROM rollup_cells WHERE %s', v_unchanged);
  -- When the rollup holds none of the cells (a first import, or the first import of a municipality or of
  -- its months), they are inserted as new ones: the merge's conflict checks and speculative inserts cost
  -- the first import about as much as its aggregation (docs/scaling.md, "Rollup delta, sixth session").
  -- One index probe per cell finds out, stopping at the first cell the rollup holds.
  EXECUTE format('SELECT NOT EXISTS (SELECT FROM rollup_cells c CROSS JOIN LATERAL '
                 '(SELECT FROM %s t WHERE (%s) = (%s) LIMIT 1) stored)',
    p_table, 't.' || array_to_string(v_keys, ', t.'), 'c.' || array_to_string(v_keys, ', c.'))
    INTO v_none_stored;
  IF v_none_stored THEN
    EXECUTE format('INSERT INTO %s SELECT * FROM rollup_cells WHERE case_count <> 0 ORDER BY %s',
      p_table, array_to_string(v_keys, ', '));
    GET DIAGNOSTICS v_rows = ROW_COUNT;
  ELSE
    -- In key order, so consecutive probes and updates hit the same pages of the rollup and its key. The
    -- statement returns where each written cell now lies when its count dropped to 0 (only a cell that
    -- lost records can): those are deleted by their row address, so no join with the rollup is planned and
    -- rollup_cells needs no ANALYZE (up to a fifth of the delta's CPU; docs/scaling.md, "Cold answers: where
    -- the time goes").
    EXECUTE format('WITH written AS (INSERT INTO %s AS t SELECT * FROM rollup_cells ORDER BY %s ON CONFLICT (%s) '
                   'DO UPDATE SET %s RETURNING t.ctid, t.case_count) '
                   'SELECT count(*), array_agg(ctid) FILTER (WHERE case_count = 0) FROM written',
      p_table, array_to_string(v_keys, ', '), array_to_string(v_keys, ', '), v_set)
      INTO v_rows, v_emptied;
    IF v_emptied IS NOT NULL THEN
      EXECUTE format('DELETE FROM %s WHERE ctid = ANY ($1)', p_table) USING v_emptied;
    END IF;
  END IF;
  IF p_keep_cells IS NULL THEN
    DROP TABLE rollup_cells;
  ELSE
    EXECUTE format('ALTER TABLE rollup_cells RENAME TO %I', p_keep_cells);
  END IF;
  RETURN v_rows;
END;
$$;

-- The cells of a histogram rollup (handling_time_monthly, handling_time_month_domain, complaint_term_monthly;
-- migrations/0390-0392) from records (p_records: the cell's p_columns by name, in the rollup's column order,
-- the bucket p_bucket, sign and record_key): per cell its total and its histogram, buckets ascending, each
-- with its count and key sum, without the buckets whose count and key sum are both 0 (a delta's records that
-- cancel).
CREATE OR REPLACE FUNCTION histogram_cells(p_records text, p_columns text[], p_bucket text)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT format($q$
    SELECT %1$s, sum(b.n)::integer,
           coalesce(array_agg(b.bucket ORDER BY b.bucket) FILTER (WHERE b.n <> 0 OR b.k <> 0), '{}'),
           coalesce(array_agg(b.n ORDER BY b.bucket) FILTER (WHERE b.n <> 0 OR b.k <> 0), '{}'),
           coalesce(array_agg(b.k ORDER BY b.bucket) FILTER (WHERE b.n <> 0 OR b.k <> 0), '{}')
    FROM (
      SELECT %2$s, r.%3$I::smallint AS bucket, sum(r.sign)::integer AS n, sum(r.sign * r.record_key)::bigint AS k
      FROM (%4$s) r
      GROUP BY %2$s, r.%3$I
    ) b
    GROUP BY %1$s$q$,
    (SELECT string_agg(format('b.%I', c), ', ' ORDER BY n) FROM unnest(p_columns) WITH ORDINALITY AS u(c, n)),
    (SELECT string_agg(format('r.%I', c), ', ' ORDER BY n) FROM unnest(p_columns) WITH ORDINALITY AS u(c, n)),
    p_bucket, p_records);
$$;

-- The cells of handling_time_monthly (migrations/0390) from closed records (p_records: the key columns by name,
-- days, sign and record_key).
CREATE OR REPLACE FUNCTION handling_time_monthly_cells(p_records text)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT histogram_cells(p_records, ARRAY['municipality_code', 'family', 'month', 'domain_code', 'line',
    'subject_organisation_id', 'committee', 'extended', 'term_days'], 'days');
$$;

-- The narrow monthly rollups of case records (migrations/0200) and the columns each groups by, in the
-- order the API tries them (smallest first). Must equal CASE_MONTH_ROLLUPS in api/src/metrics/catalog.ts
-- (metrics.repository.spec.ts compares them), apart from the last one; the columns are those of the view
-- case_record_daily, and import_id.
CREATE OR REPLACE FUNCTION case_month_rollups()
RETURNS TABLE (rollup_name text, columns text[])
LANGUAGE sql
IMMUTABLE
AS $$
  VALUES
    ('case_month_domain', ARRAY['domain_code', 'kind', 'line']),
    ('case_month_organisation', ARRAY['domain_code', 'line', 'source_organisation_id', 'subject_organisation_id']),
    ('case_month_theme_complainant', ARRAY['theme_id', 'complainant_type']),
    ('case_month_theme_subject', ARRAY['theme_id', 'subject_organisation_id']),
    ('case_month_theme_channel', ARRAY['theme_id', 'channel']),
    ('case_month_theme_neighbourhood', ARRAY['theme_id', 'neighbourhood_code']),
    ('case_month_theme_outcome', ARRAY['theme_id', 'outcome']),
    ('case_month_theme', ARRAY['domain_code', 'kind', 'theme_id']),
    ('case_month_outcome', ARRAY['domain_code', 'theme_id', 'outcome']),
    -- For source_month_coverage() (views/0200), not for the navigator.
    ('case_month_source_import', ARRAY['source_organisation_id', 'import_id']);
$$;

-- The region twins of case_month_* rollups (migrations/0372): the twin's columns without the municipality,
-- for questions over every municipality. Must equal CASE_MONTH_REGION_ROLLUPS in api/src/metrics/catalog.ts
-- (metrics.repository.spec.ts compares them).
CREATE OR REPLACE FUNCTION case_month_region_rollups()
RETURNS TABLE (rollup_name text, twin_name text, columns text[])
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT r.rollup_name || '_region', r.rollup_name, r.columns
  FROM case_month_rollups() r
  WHERE r.rollup_name IN ('case_month_domain', 'case_month_theme', 'case_month_theme_outcome');
$$;

-- The cells of case records (source: case_record's columns + sign) as the case_month_* rollups group
-- them: month of receipt and the sentinels of case_record_daily (views/0100) for missing values.
CREATE OR REPLACE FUNCTION case_month_cells(p_source text)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT format($q$
    SELECT s.sign, s.municipality_code, date_trunc('month', s.received_on)::date AS month, s.domain_code,
           s.kind, s.line, s.source_organisation_id,
           coalesce(s.subject_organisation_id, 0) AS subject_organisation_id,
           coalesce(s.theme_id, 0) AS theme_id, s.channel, s.complainant_type,
           coalesce(s.neighbourhood_code, '') AS neighbourhood_code, s.outcome, s.import_id,
           s.closed_on IS NOT NULL AS closed, s.record_key::integer AS record_key
    FROM %s s$q$, p_source);
$$;

-- The columns of case_month_cells() that some case_month_* rollup groups by, and the grouping_set of each
-- rollup in case_month_sets(): GROUPING() over these columns, a bit set for each column it does not group by.
CREATE OR REPLACE FUNCTION case_month_set_columns()
RETURNS TABLE (rollup_name text, columns text[], all_columns text[], grouping_set integer)
LANGUAGE sql
IMMUTABLE
AS $$
  WITH rollups AS (
    SELECT r.rollup_name, ARRAY['municipality_code', 'month'] || r.columns AS columns FROM case_month_rollups() r
  ), all_columns AS (
    SELECT array_agg(DISTINCT c ORDER BY c) AS names FROM rollups, unnest(rollups.columns) AS c
  )
  SELECT r.rollup_name, r.columns, a.names,
         (SELECT coalesce(sum(1 << (cardinality(a.names) - u.n)::integer), 0)::integer
            FROM unnest(a.names) WITH ORDINALITY AS u(c, n) WHERE u.c <> ALL (r.columns))
  FROM rollups r CROSS JOIN all_columns a;
$$;

-- The counts of every case_month_* rollup over case_month_cells() in one aggregation (GROUPING SETS): one
-- read of the source instead of one per rollup, about half their CPU for an import (docs/scaling.md,
-- "Rollup delta, sixth session"). Each row: grouping_set (case_month_set_columns()), every column (NULL
-- where its rollup does not group by it), case_count, closed_count, case_key_sum, closed_key_sum. DISTINCT:
-- two rollups with the same columns read the same cells instead of each set's twice.
CREATE OR REPLACE FUNCTION case_month_sets(p_source text)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT format($q$
    SELECT GROUPING(%1$s) AS grouping_set, %1$s,
           sum(d.sign)::integer AS case_count,
           coalesce(sum(d.sign) FILTER (WHERE d.closed), 0)::integer AS closed_count,
           sum(d.sign * d.record_key) AS case_key_sum,
           coalesce(sum(d.sign * d.record_key) FILTER (WHERE d.closed), 0) AS closed_key_sum
    FROM (%2$s) d
    GROUP BY DISTINCT GROUPING SETS (%3$s)$q$,
    (SELECT string_agg(format('d.%I', c), ', ' ORDER BY n)
       FROM unnest((SELECT s.all_columns FROM case_month_set_columns() s LIMIT 1)) WITH ORDINALITY AS u(c, n)),
    case_month_cells(p_source),
    (SELECT string_agg(format('(%s)', (SELECT string_agg(format('d.%I', c), ', ') FROM unnest(s.columns) AS c)), ', ')
       FROM case_month_set_columns() s));
$$;

-- Case records (source: case_record's columns + sign) into the rollups of case records alone; the cells
-- written. Outcomes and handling times by domain: rollup_both_families(); terms: rollup_complaint_terms().
-- The region twins: rollup_region_delta() and refresh_region_rollups().
CREATE OR REPLACE FUNCTION rollup_case_records(p_source text, p_merge boolean)
RETURNS TABLE (rollup_name text, row_count bigint)
LANGUAGE plpgsql
AS $$
DECLARE
  v_rollup record;
BEGIN
  -- The case_month_* rollups: per municipality x month x their columns (case_month_rollups()), from one
  -- aggregation of all of them. A delta keeps the cells of the rollups with a region twin for
  -- rollup_region_delta().
  DROP TABLE IF EXISTS pg_temp.case_month_set_cells;
  EXECUTE format('CREATE TEMP TABLE case_month_set_cells ON COMMIT DROP AS %s', case_month_sets(p_source));
  FOR v_rollup IN
    SELECT s.rollup_name, s.columns, s.grouping_set, t.twin_name IS NOT NULL AND p_merge AS keep_cells
    FROM case_month_set_columns() s LEFT JOIN case_month_region_rollups() t ON t.twin_name = s.rollup_name
  LOOP
    rollup_name := v_rollup.rollup_name;
    row_count := rollup_write(v_rollup.rollup_name::regclass, format(
      'SELECT %s, c.case_count, c.closed_count, c.case_key_sum, c.closed_key_sum '
      'FROM pg_temp.case_month_set_cells c WHERE c.grouping_set = %s',
      (SELECT string_agg(format('c.%I', col), ', ' ORDER BY n) FROM unnest(v_rollup.columns) WITH ORDINALITY AS u(col, n)),
      v_rollup.grouping_set), p_merge,
      CASE WHEN v_rollup.keep_cells THEN region_delta_cells(v_rollup.rollup_name) END);
    RETURN NEXT;
  END LOOP;
  DROP TABLE case_month_set_cells;

  -- handling_time_monthly: the closed complaints' durations per month of receipt (open records are in
  -- handling_time_open_day: their age needs the day).
  rollup_name := 'handling_time_monthly';
  row_count := rollup_write('handling_time_monthly', handling_time_monthly_cells(format($q$
    SELECT c.municipality_code, 'klacht' AS family, date_trunc('month', c.received_on)::date AS month, c.domain_code,
           c.line, coalesce(c.subject_organisation_id, 0) AS subject_organisation_id,
           c.external_committee AS committee, c.extended, coalesce(c.term_days, 0) AS term_days,
           least(c.closed_on - c.received_on, 366) AS days, c.sign, c.record_key
    FROM %s c
    WHERE c.kind = 'klacht' AND c.closed_on IS NOT NULL$q$, p_source)), p_merge);
  RETURN NEXT;

  -- handling_time_open_day: the open complaints by receipt day and import (migrations/0300). A delta keeps
  -- its cells for rollup_open_day_domain_delta().
  rollup_name := 'handling_time_open_day';
  row_count := rollup_write('handling_time_open_day', format($q$
    SELECT 'klacht', c.received_on, c.municipality_code, c.import_id, c.domain_code, c.line,
           coalesce(c.subject_organisation_id, 0), c.external_committee, c.extended, coalesce(c.term_days, 0),
           sum(c.sign)::integer, sum(c.sign * c.record_key)
    FROM %s c
    WHERE c.kind = 'klacht' AND c.closed_on IS NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10$q$, p_source), p_merge,
    CASE WHEN p_merge THEN open_day_delta_cells('klacht') END);
  RETURN NEXT;

  -- complaint_citizen_day: the chain's citizens (migrations/0300), complaints with a pseudonym.
  rollup_name := 'complaint_citizen_day';
  row_count := rollup_write('complaint_citizen_day', format($q$
    SELECT c.municipality_code, c.line, c.received_on, c.domain_code, citizen_id(c.subject_key),
           citizen_key(c.municipality_code, c.subject_key)::smallint, sum(c.sign)::integer
    FROM %s c
    WHERE c.kind = 'klacht' AND c.subject_key IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6$q$, p_source), p_merge);
  RETURN NEXT;
END;
$$;

-- Objection decisions (source: objection_decision's columns + sign): open records and handling times
-- by line and organisation (Awb 7:10, from the day the objection came in), line 'bezwaar'. Their outcomes
-- and closed handling times by domain: rollup_both_families(); a delta keeps its open cells for
-- rollup_open_day_domain_delta().
CREATE OR REPLACE FUNCTION rollup_objections(p_source text, p_merge boolean)
RETURNS TABLE (rollup_name text, row_count bigint)
LANGUAGE plpgsql
AS $$
BEGIN
  rollup_name := 'handling_time_open_day';
  row_count := rollup_write('handling_time_open_day', format($q$
    SELECT 'bezwaar', o.objection_received_on, o.municipality_code, o.import_id, o.domain_code, 'bezwaar', 0,
           o.advisory_committee, o.extended, 0, sum(o.sign)::integer, sum(o.sign * o.record_key)
    FROM %s o
    WHERE o.decided_on IS NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10$q$, p_source), p_merge,
    CASE WHEN p_merge THEN open_day_delta_cells('bezwaar') END);
  RETURN NEXT;

  rollup_name := 'handling_time_monthly';
  row_count := rollup_write('handling_time_monthly', handling_time_monthly_cells(format($q$
    SELECT o.municipality_code, 'bezwaar' AS family, date_trunc('month', o.objection_received_on)::date AS month,
           o.domain_code, 'bezwaar' AS line, 0 AS subject_organisation_id, o.advisory_committee AS committee,
           o.extended, 0 AS term_days, least(o.decided_on - o.objection_received_on, 366) AS days, o.sign,
           o.record_key
    FROM %s o
    WHERE o.decided_on IS NOT NULL$q$, p_source)), p_merge);
  RETURN NEXT;

END;
$$;

-- The narrow outcome rollups (migrations/0300) and the columns each keeps besides family, month and
-- municipality, in the order the API tries them (smallest first). Must equal
-- OUTCOME_MONTH_ROLLUPS in api/src/outcomes/outcomes.catalog.ts (outcomes.repository.spec.ts compares).
CREATE OR REPLACE FUNCTION outcome_month_rollups()
RETURNS TABLE (rollup_name text, columns text[])
LANGUAGE sql
IMMUTABLE
AS $$
  VALUES
    ('outcome_month_line', ARRAY['domain_code', 'line', 'route', 'law']),
    ('outcome_month_subject', ARRAY['domain_code', 'line', 'subject_organisation_id', 'law']),
    ('outcome_month_theme', ARRAY['domain_code', 'theme_id', 'law']);
$$;

-- Outcomes of complaints and objections (two sources) into the outcome_month_* rollups and the closed
-- records of both into handling_time_month_domain: one statement per rollup for both families. The open
-- records by domain come from handling_time_open_day's cells (rollup_open_day_domain_delta(),
-- refresh_open_day_domain()).
-- Complaints carry the law of their domain; objections have line 'bezwaar' and route 'formeel'.
CREATE OR REPLACE FUNCTION rollup_both_families(p_cases text, p_objections text, p_merge boolean)
RETURNS TABLE (rollup_name text, row_count bigint)
LANGUAGE plpgsql
AS $$
DECLARE
  v_rollup record;
  v_columns text;
  v_outcomes text := format($q$
    SELECT c.sign, 'klacht' AS family, date_trunc('month', c.received_on)::date AS month, c.municipality_code,
           c.domain_code, c.line, c.route, coalesce(c.subject_organisation_id, 0) AS subject_organisation_id,
           coalesce(c.theme_id, 0) AS theme_id, coalesce(dom.law, 'onbekend') AS law, c.outcome,
           c.record_key::integer AS record_key, coalesce(c.recommendation_made, false) AS made,
           coalesce(c.recommendation_made AND c.recommendation_followed, false) AS followed,
           coalesce(c.recommendation_made AND NOT c.recommendation_followed, false) AS not_followed
    FROM %s c
    LEFT JOIN domain dom ON dom.code = c.domain_code
    WHERE c.kind = 'klacht'
    UNION ALL
    SELECT o.sign, 'bezwaar', date_trunc('month', o.objection_received_on)::date, o.municipality_code,
           o.domain_code, 'bezwaar', 'formeel', 0, coalesce(o.theme_id, 0), o.law, o.outcome,
           o.record_key::integer, false, false, false
    FROM %s o$q$, p_cases, p_objections);
BEGIN
  FOR v_rollup IN SELECT * FROM outcome_month_rollups() LOOP
    SELECT string_agg(format('d.%I', c), ', ') INTO v_columns FROM unnest(v_rollup.columns) AS c;
    rollup_name := v_rollup.rollup_name;
    row_count := rollup_write(v_rollup.rollup_name::regclass, format($q$
      SELECT d.family, d.month, d.municipality_code, %1$s,
             sum(d.sign)::integer,
             coalesce(sum(d.sign) FILTER (WHERE d.outcome = 'gegrond'), 0)::integer,
             coalesce(sum(d.sign) FILTER (WHERE d.outcome = 'deels_gegrond'), 0)::integer,
             coalesce(sum(d.sign) FILTER (WHERE d.outcome = 'ongegrond'), 0)::integer,
             coalesce(sum(d.sign) FILTER (WHERE d.made), 0)::integer,
             coalesce(sum(d.sign) FILTER (WHERE d.followed), 0)::integer,
             coalesce(sum(d.sign) FILTER (WHERE d.not_followed), 0)::integer,
             sum(d.sign * d.record_key),
             coalesce(sum(d.sign * d.record_key) FILTER (WHERE d.outcome = 'gegrond'), 0),
             coalesce(sum(d.sign * d.record_key) FILTER (WHERE d.outcome = 'deels_gegrond'), 0),
             coalesce(sum(d.sign * d.record_key) FILTER (WHERE d.outcome = 'ongegrond'), 0),
             coalesce(sum(d.sign * d.record_key) FILTER (WHERE d.made), 0),
             coalesce(sum(d.sign * d.record_key) FILTER (WHERE d.followed), 0),
             coalesce(sum(d.sign * d.record_key) FILTER (WHERE d.not_followed), 0)
      FROM (%2$s) d
      GROUP BY d.family, d.month, d.municipality_code, %1$s$q$, v_columns, v_outcomes), p_merge);
    RETURN NEXT;
  END LOOP;

  -- handling_time_month_domain: the closed records' durations by domain (migrations/0300).
  rollup_name := 'handling_time_month_domain';
  row_count := rollup_write('handling_time_month_domain', histogram_cells(format($q$
      SELECT c.sign, 'klacht' AS family, date_trunc('month', c.received_on)::date AS month, c.municipality_code,
             c.domain_code, c.external_committee AS committee, c.extended, coalesce(c.term_days, 0) AS term_days,
             least(c.closed_on - c.received_on, 366) AS duration_days, c.record_key::bigint AS record_key
      FROM %s c
      WHERE c.kind = 'klacht' AND c.closed_on IS NOT NULL
      UNION ALL
      SELECT o.sign, 'bezwaar', date_trunc('month', o.objection_received_on)::date, o.municipality_code,
             o.domain_code, o.advisory_committee, o.extended, 0, least(o.decided_on - o.objection_received_on, 366),
             o.record_key::bigint
      FROM %s o
      WHERE o.decided_on IS NOT NULL$q$, p_cases, p_objections),
    ARRAY['family', 'month', 'municipality_code', 'domain_code', 'committee', 'extended', 'term_days'],
    'duration_days'), p_merge);
  RETURN NEXT;

END;
$$;

-- complaint_term_monthly (closed complaints by month of closing; the columns of the term rule are
-- explained in migrations/0051 and 0300, no norm constants here). Its own function: refresh_rollups() feeds it
-- the records closed in and after a slice's first month instead of those received in the slice.
CREATE OR REPLACE FUNCTION rollup_complaint_terms(p_source text, p_merge boolean)
RETURNS TABLE (rollup_name text, row_count bigint)
LANGUAGE plpgsql
AS $$
BEGIN
  rollup_name := 'complaint_term_monthly';
  row_count := rollup_write('complaint_term_monthly', histogram_cells(format($q$
    SELECT date_trunc('month', c.closed_on)::date AS closed_month, c.municipality_code, c.domain_code, c.line,
           c.term_days IS NOT NULL AS has_source_term, c.external_committee AS committee,
           CASE WHEN c.extended THEN least(coalesce(c.extension_days, 366), 366) ELSE 0 END AS extension_days,
           greatest(least(c.closed_on - c.received_on - coalesce(c.term_days, 0), 366), 0) AS overrun_days,
           c.sign, c.record_key
    FROM %s c
    WHERE c.kind = 'klacht' AND c.closed_on IS NOT NULL$q$, p_source),
    ARRAY['closed_month', 'municipality_code', 'domain_code', 'line', 'has_source_term', 'committee',
          'extension_days'], 'overrun_days'), p_merge);
  RETURN NEXT;
END;
$$;

-- The temp table in which rollup_case_records() keeps a delta's cells of a rollup with a region twin.
CREATE OR REPLACE FUNCTION region_delta_cells(p_twin_name text)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT p_twin_name || '_delta';
$$;

-- The cells of a region twin (p_columns: month and the twin's columns) summed over the municipalities from its
-- twin's cells (p_source: a relation or parenthesised query with the twin's columns).
CREATE OR REPLACE FUNCTION region_cells(p_source text, p_columns text[])
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT format(
    'SELECT %1$s, sum(t.case_count)::integer, sum(t.closed_count)::integer, sum(t.case_key_sum)::bigint, '
    'sum(t.closed_key_sum)::bigint FROM %2$s t GROUP BY %1$s',
    (SELECT string_agg(format('t.%I', c), ', ' ORDER BY n) FROM unnest(p_columns) WITH ORDINALITY AS u(c, n)),
    p_source);
$$;

-- The region twins from an import's delta: the cells rollup_case_records() kept of their twins' delta,
-- summed over the municipalities and added to the stored ones (a municipality's cells are far fewer than
-- the delta's records, which the twins read three more times before; docs/scaling.md, "Rollup delta,
-- sixth session").
DROP FUNCTION IF EXISTS rollup_region_delta(text);
CREATE OR REPLACE FUNCTION rollup_region_delta()
RETURNS TABLE (rollup_name text, row_count bigint)
LANGUAGE plpgsql
AS $$
DECLARE
  v_rollup record;
  v_cells text;
BEGIN
  FOR v_rollup IN SELECT * FROM case_month_region_rollups() LOOP
    v_cells := region_delta_cells(v_rollup.twin_name);
    rollup_name := v_rollup.rollup_name;
    row_count := rollup_write(v_rollup.rollup_name::regclass,
      region_cells(format('pg_temp.%I', v_cells), ARRAY['month'] || v_rollup.columns), true);
    EXECUTE format('DROP TABLE pg_temp.%I', v_cells);
    RETURN NEXT;
  END LOOP;
END;
$$;

-- The region twins of the months that overlap [p_from, p_to] (NULL: every month) again from their twins,
-- which refresh_rollups() has just recomputed: a slice of one municipality changes the region's months.
CREATE OR REPLACE FUNCTION refresh_region_rollups(p_from date, p_to date)
RETURNS TABLE (rollup_name text, row_count bigint)
LANGUAGE plpgsql
AS $$
DECLARE
  v_rollup record;
  v_from date := coalesce(date_trunc('month', p_from)::date, '-infinity'::date);
  v_to date := coalesce(p_to, 'infinity'::date);
BEGIN
  FOR v_rollup IN SELECT * FROM case_month_region_rollups() LOOP
    EXECUTE format('DELETE FROM %I WHERE month BETWEEN $1 AND $2', v_rollup.rollup_name) USING v_from, v_to;
    rollup_name := v_rollup.rollup_name;
    row_count := rollup_write(v_rollup.rollup_name::regclass, region_cells(
      format('(SELECT * FROM %I WHERE month BETWEEN %L AND %L)', v_rollup.twin_name, v_from, v_to),
      ARRAY['month'] || v_rollup.columns), false);
    RETURN NEXT;
  END LOOP;
END;
$$;

-- The temp table in which a delta keeps the cells of handling_time_open_day of one family (rollup_case_records()
-- and rollup_objections() each write a part of it).
CREATE OR REPLACE FUNCTION open_day_delta_cells(p_family text)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT 'handling_time_open_day_' || p_family || '_delta';
$$;

-- The cells of handling_time_open_day_domain (migrations/0371) summed over line and subject organisation from
-- cells of handling_time_open_day (p_source: a relation or parenthesised query with its columns).
CREATE OR REPLACE FUNCTION open_day_domain_cells(p_source text)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT format($q$
    SELECT t.family, t.day, t.municipality_code, t.import_id, t.domain_code, t.committee, t.extended, t.term_days,
           sum(t.case_count)::integer, sum(t.key_sum)::bigint
    FROM %s t
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8$q$, p_source);
$$;

-- handling_time_open_day_domain from an import's delta: the cells of handling_time_open_day that
-- rollup_case_records() and rollup_objections() kept, summed over line and subject organisation and added to
-- the stored ones (instead of a third read of the delta's records).
CREATE OR REPLACE FUNCTION rollup_open_day_domain_delta()
RETURNS TABLE (rollup_name text, row_count bigint)
LANGUAGE plpgsql
AS $$
DECLARE
  v_complaints text := format('pg_temp.%I', open_day_delta_cells('klacht'));
  v_objections text := format('pg_temp.%I', open_day_delta_cells('bezwaar'));
BEGIN
  rollup_name := 'handling_time_open_day_domain';
  row_count := rollup_write('handling_time_open_day_domain', open_day_domain_cells(
    format('(SELECT * FROM %s UNION ALL SELECT * FROM %s)', v_complaints, v_objections)), true);
  EXECUTE format('DROP TABLE %s, %s', v_complaints, v_objections);
  RETURN NEXT;
END;
$$;

-- handling_time_open_day_domain of one municipality (NULL: all) for the days in [p_from, p_to] (NULL: unbounded)
-- again from handling_time_open_day, which refresh_rollups() has just recomputed for them.
CREATE OR REPLACE FUNCTION refresh_open_day_domain(p_municipality_code text, p_from date, p_to date)
RETURNS TABLE (rollup_name text, row_count bigint)
LANGUAGE plpgsql
AS $$
DECLARE
  v_from date := coalesce(p_from, '-infinity'::date);
  v_to date := coalesce(p_to, 'infinity'::date);
BEGIN
  DELETE FROM handling_time_open_day_domain h
  WHERE (p_municipality_code IS NULL OR h.municipality_code = p_municipality_code) AND h.day BETWEEN v_from AND v_to;
  rollup_name := 'handling_time_open_day_domain';
  row_count := rollup_write('handling_time_open_day_domain', open_day_domain_cells(format(
    '(SELECT * FROM handling_time_open_day h WHERE %s h.day BETWEEN %L AND %L)',
    CASE WHEN p_municipality_code IS NULL THEN '' ELSE format('h.municipality_code = %L AND', p_municipality_code) END,
    v_from, v_to)), false);
  RETURN NEXT;
END;
$$;

-- Every rollup table, in the order refresh_rollups() and apply_rollup_delta() report them;
-- chain_period_step (views/0420) is written after the others, from complaint_citizen_day, and the twins
-- summed from other rollups' cells last: handling_time_open_day_domain, then the region twins.
CREATE OR REPLACE FUNCTION rollup_names()
RETURNS text[]
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT (SELECT array_agg(r.name ORDER BY r.ord) FROM case_month_rollups() WITH ORDINALITY AS r(name, columns, ord))
    || ARRAY['handling_time_open_day', 'handling_time_monthly', 'handling_time_month_domain']
    || (SELECT array_agg(r.name ORDER BY r.ord) FROM outcome_month_rollups() WITH ORDINALITY AS r(name, columns, ord))
    || ARRAY['complaint_term_monthly', 'complaint_citizen_day', 'chain_period_step', 'handling_time_open_day_domain']
    || (SELECT array_agg(r.rollup_name ORDER BY r.ord)
          FROM case_month_region_rollups() WITH ORDINALITY AS r(rollup_name, twin_name, columns, ord));
$$;

-- Before 0300 rollup_facts had three parameters; a second signature would make its calls ambiguous.
DROP FUNCTION IF EXISTS rollup_facts(text, text, boolean);
-- Case records and objection decisions (two sources, see above) into every rollup; the cells written
-- per rollup: the case_month_* rollups in the order of case_month_rollups(), then the others in a fixed
-- order (rollup_names()). p_closed_cases feeds complaint_term_monthly (by default p_cases). The twins summed
-- from other rollups' cells are not written here: a delta (p_merge) keeps their twins' cells for
-- rollup_open_day_domain_delta() and rollup_region_delta(), which drop them.
CREATE OR REPLACE FUNCTION rollup_facts(p_cases text, p_objections text, p_merge boolean,
  p_closed_cases text DEFAULT NULL)
RETURNS TABLE (rollup_name text, row_count bigint)
LANGUAGE sql
AS $$
  SELECT w.rollup_name, sum(w.row_count)::bigint
  FROM (
    SELECT * FROM rollup_case_records(p_cases, p_merge)
    UNION ALL
    SELECT * FROM rollup_objections(p_objections, p_merge)
    UNION ALL
    SELECT * FROM rollup_both_families(p_cases, p_objections, p_merge)
    UNION ALL
    SELECT * FROM rollup_complaint_terms(coalesce(p_closed_cases, p_cases), p_merge)
  ) w
  GROUP BY w.rollup_name
  ORDER BY array_position(rollup_names(), w.rollup_name);
$$;

-- The rollups that rollup_outcome_delta() writes; rollup_record_delta() writes every other one (rollup_names()).
-- Two sessions of one import can each hold the tables of their half (etl/src/import/derived-after-commit.ts).
CREATE OR REPLACE FUNCTION outcome_delta_rollups()
RETURNS text[]
LANGUAGE sql
IMMUTABLE
AS $$
  SELECT (SELECT array_agg(r.rollup_name ORDER BY r.ord) FROM outcome_month_rollups() WITH ORDINALITY AS r(rollup_name, columns, ord))
    || ARRAY['handling_time_month_domain', 'complaint_term_monthly'];
$$;

-- The first half of a delta (sources as in rollup_facts(), each counted with its sign): the rollups of
-- case records and of objections alone, the chain's answers per period (views/0420: the touched citizens'
-- cells before and after) and the twins summed from their cells. Independent of rollup_outcome_delta():
-- neither reads what the other writes, so two sessions can run them side by side.
CREATE OR REPLACE FUNCTION rollup_record_delta(p_cases text, p_objections text)
RETURNS TABLE (rollup_name text, row_count bigint)
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM chain_delta_begin(p_cases);
  RETURN QUERY SELECT w.rollup_name, sum(w.row_count)::bigint
    FROM (SELECT * FROM rollup_case_records(p_cases, true) UNION ALL SELECT * FROM rollup_objections(p_objections, true)) w
    GROUP BY w.rollup_name;
  rollup_name := 'chain_period_step';
  row_count := chain_delta_end();
  RETURN NEXT;
  RETURN QUERY SELECT * FROM rollup_open_day_domain_delta();
  RETURN QUERY SELECT * FROM rollup_region_delta();
END;
$$;

-- The second half of a delta: the outcomes and closed handling times of both families, and the terms.
CREATE OR REPLACE FUNCTION rollup_outcome_delta(p_cases text, p_objections text)
RETURNS TABLE (rollup_name text, row_count bigint)
LANGUAGE sql
AS $$
  SELECT * FROM rollup_both_families(p_cases, p_objections, true)
  UNION ALL
  SELECT * FROM rollup_complaint_terms(p_cases, true);
$$;

-- The rollups from an import's delta, left by the ETL's merge in the temp views rollup_case_delta and
-- rollup_objection_delta (either may be missing): see the top of this file. Each view (a join of the
-- merge's temp tables) is read once into a temp table that both halves then aggregate.
CREATE OR REPLACE FUNCTION apply_rollup_delta()
RETURNS TABLE (rollup_name text, row_count bigint)
LANGUAGE plpgsql
AS $$
DECLARE
  v_cases text := '(SELECT 1 AS sign, f.* FROM case_record f WHERE false)';
  v_objections text := '(SELECT 1 AS sign, f.* FROM objection_decision f WHERE false)';
BEGIN
  DROP TABLE IF EXISTS pg_temp.rollup_case_rows, pg_temp.rollup_objection_rows;
  IF to_regclass('pg_temp.rollup_case_delta') IS NOT NULL THEN
    CREATE TEMP TABLE rollup_case_rows ON COMMIT DROP AS SELECT * FROM rollup_case_delta;
    ANALYZE rollup_case_rows;
    v_cases := 'pg_temp.rollup_case_rows';
  END IF;
  IF to_regclass('pg_temp.rollup_objection_delta') IS NOT NULL THEN
    CREATE TEMP TABLE rollup_objection_rows ON COMMIT DROP AS SELECT * FROM rollup_objection_delta;
    ANALYZE rollup_objection_rows;
    v_objections := 'pg_temp.rollup_objection_rows';
  END IF;
  RETURN QUERY SELECT w.rollup_name, w.row_count
    FROM (SELECT * FROM rollup_record_delta(v_cases, v_objections)
          UNION ALL SELECT * FROM rollup_outcome_delta(v_cases, v_objections)) w
    ORDER BY array_position(rollup_names(), w.rollup_name);
  DROP TABLE IF EXISTS pg_temp.rollup_case_rows, pg_temp.rollup_objection_rows;
END;
$$;
