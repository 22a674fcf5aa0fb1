-- refresh_signals(): computes the systemic-failure signals of docs/indicators/signals.md from the facts,
-- set-based (one statement per rule, no per-row loops), with the thresholds of signal_rule.
--
-- Idempotent: every signal has a stable key (municipality, rule, scope_key, period_start); a recompute
-- upserts score, evidence and record references and never touches status, note or first_seen_at.
-- A signal the current data no longer supports is kept with active = false (its status history stays);
-- it becomes active again when the pattern returns. A disabled rule's signals all become inactive.
--
-- p_municipality_code: only that municipality (NULL: all). p_as_of: the reference date (NULL: today);
-- quarters and half-years count as complete when they end on or before it, reports are due before it.
-- Call after refresh_rollups() at the end of every successful import (it reads only base tables).
--
-- p_changed_from (an import of case records, with p_municipality_code): only case records changed since
-- the last computation, none of them (old or new version) received before that day. Then only the
-- periods those changes can reach are recomputed, per rule from the start of the period holding the
-- earliest of that day, the previous computation's as-of day and this one's (periods that became
-- complete since): quarters for thema_meerdere_organisaties, years for wal_en_schip, herhaalde_klacht and
-- escalatie_tweede_lijn, half-years for termijn_overschreden and geen_terugkoppeling. Every window
-- these rules look back over reaches no earlier period's result (docs/indicators/signals.md, "Incrementeel
-- herberekenen"). The rules that read no case records run only when the as-of day changed. Without an
-- earlier computation of this municipality, or when a rule's thresholds changed since, everything is
-- recomputed. signal_refresh keeps the as-of day and the rules of the last computation.
DROP FUNCTION IF EXISTS refresh_signals(text, date);
DROP FUNCTION IF EXISTS refresh_signals(text, date, date);
CREATE FUNCTION refresh_signals(p_municipality_code text DEFAULT NULL, p_as_of date DEFAULT NULL,
                                p_changed_from date DEFAULT NULL)
RETURNS TABLE (rule_code text, active_signals integer)
LANGUAGE plpgsql
AS $$
#variable_conflict use_column
DECLARE
  v_as_of date := coalesce(p_as_of, current_date);
  v_max_records constant integer := 1000;
  t jsonb;
  v_rules text := (SELECT md5(string_agg(concat_ws('|', r.code, r.enabled, r.thresholds), ',' ORDER BY r.code))
                   FROM signal_rule r);
  v_last signal_refresh%ROWTYPE;
  -- The first day whose periods are recomputed; NULL: every period.
  v_from date;
  v_quarter0 date;
  v_year0 date;
  v_half0 date;
  -- Whether the rules that read no case records run.
  v_others boolean;
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS signal_computed (
    municipality_code text NOT NULL,
    rule_code text NOT NULL,
    scope_key text NOT NULL,
    theme_id integer,
    organisation_id integer,
    domain_code text,
    law text,
    organisation_ids integer[] NOT NULL DEFAULT '{}',
    period_start date NOT NULL,
    period_end date NOT NULL,
    score numeric NOT NULL,
    evidence jsonb NOT NULL,
    record_type text,
    record_ids bigint[] NOT NULL DEFAULT '{}'
  ) ON COMMIT DROP;
  TRUNCATE signal_computed;

  IF p_changed_from IS NOT NULL AND p_municipality_code IS NOT NULL THEN
    SELECT * INTO v_last FROM signal_refresh sr WHERE sr.municipality_code = p_municipality_code;
    IF v_last.rules = v_rules THEN
      v_from := least(p_changed_from, v_last.as_of, v_as_of);
    END IF;
  END IF;
  v_quarter0 := date_trunc('quarter', v_from)::date;
  v_year0 := date_trunc('year', v_from)::date;
  v_half0 := make_date(extract(year FROM v_from)::integer,
                       CASE WHEN extract(month FROM v_from) <= 6 THEN 1 ELSE 7 END, 1);
  v_others := v_from IS NULL OR v_last.as_of IS DISTINCT FROM v_as_of;
  -- What this computation decides, per rule from which period on: only there are signals deactivated
  -- and their record references rewritten. A disabled rule's signals are all in it.
  CREATE TEMP TABLE IF NOT EXISTS signal_scope (rule_code text PRIMARY KEY, period_from date NOT NULL)
    ON COMMIT DROP;
  TRUNCATE signal_scope;
  INSERT INTO signal_scope (rule_code, period_from)
  SELECT r.code,
         CASE WHEN v_from IS NULL OR NOT r.enabled THEN '-infinity'::date
              WHEN r.code = 'thema_meerdere_organisaties' THEN v_quarter0
              WHEN r.code IN ('wal_en_schip', 'herhaalde_klacht', 'escalatie_tweede_lijn') THEN v_year0
              WHEN r.code IN ('termijn_overschreden', 'geen_terugkoppeling') THEN v_half0
              ELSE '-infinity'::date END
  FROM signal_rule r
  WHERE v_others OR NOT r.enabled
     OR r.code IN ('thema_meerdere_organisaties', 'wal_en_schip', 'herhaalde_klacht', 'escalatie_tweede_lijn',
                   'termijn_overschreden', 'geen_terugkoppeling');

  -- 1. The same theme rises at several organisations in a quarter.
  SELECT r.thresholds INTO t FROM signal_rule r WHERE r.code = 'thema_meerdere_organisaties' AND r.enabled;
  IF t IS NOT NULL THEN
    INSERT INTO signal_computed (municipality_code, rule_code, scope_key, theme_id, organisation_ids,
      period_start, period_end, score, evidence, record_type, record_ids)
    WITH counts AS (
      SELECT c.municipality_code, c.source_organisation_id,
             coalesce(c.subject_organisation_id, c.source_organisation_id) AS organisation_id,
             coalesce(th.parent_id, th.id) AS theme_id,
             date_trunc('quarter', c.received_on)::date AS quarter,
             count(*) AS n, sum(c.record_key) AS keys
      FROM case_record c
      JOIN theme th ON th.id = c.theme_id
      WHERE (p_municipality_code IS NULL OR c.municipality_code = p_municipality_code)
        AND c.received_on <= v_as_of
        AND (v_quarter0 IS NULL
             OR c.received_on >= v_quarter0 - make_interval(months => 3 * (t->>'baseline_quarters')::integer))
      GROUP BY 1, 2, 3, 4, 5
    ),
    source_start AS MATERIALIZED (
      -- The first quarter each source delivered anything: one look into idx_case_record_source per
      -- municipality and organisation instead of reading every record. Materialized: the evidence below
      -- reads it once, not once per signal.
      SELECT m.code AS municipality_code, o.id AS source_organisation_id,
             date_trunc('quarter', f.first_on)::date AS first_quarter
      FROM municipality m
      CROSS JOIN organisation o
      CROSS JOIN LATERAL (SELECT min(c.received_on) AS first_on FROM case_record c
                          WHERE c.municipality_code = m.code AND c.source_organisation_id = o.id) f
      WHERE (p_municipality_code IS NULL OR m.code = p_municipality_code) AND f.first_on IS NOT NULL
    ),
    comparable AS (
      -- Compare only what the same sources delivered: a quarter counts the records of the sources that
      -- delivered since the start of its baseline, the baseline the same sources. A provider list that
      -- starts this year is not a rise against a baseline of 0 (docs/indicators/coverage.md).
      -- A LEFT JOIN (every counted source has a start) keeps counts' row estimate: an inner join made the
      -- planner expect one row and join the baseline by nested loop (at 50,000 records 14.5M
      -- comparisons, 3 s).
      SELECT k.municipality_code, k.source_organisation_id, k.organisation_id, k.theme_id, k.quarter, k.n,
             k.keys, s.first_quarter
      FROM counts k
      LEFT JOIN source_start s USING (municipality_code, source_organisation_id)
    ),
    current_counts AS (
      SELECT municipality_code, organisation_id, theme_id, quarter, sum(n) AS n, sum(keys) AS keys
      FROM comparable
      WHERE first_quarter <= quarter - make_interval(months => 3 * (t->>'baseline_quarters')::integer)
        AND (v_quarter0 IS NULL OR quarter >= v_quarter0)
      GROUP BY 1, 2, 3, 4
    ),
    rising AS (
      SELECT cur.municipality_code, cur.organisation_id, cur.theme_id, cur.quarter, cur.n, cur.keys,
             coalesce(sum(b.n), 0)::numeric / (t->>'baseline_quarters')::integer AS baseline,
             -- The baseline's total and key sum: the aggregate roles get the average of a perturbed total.
             coalesce(sum(b.n), 0) AS baseline_n, coalesce(sum(b.keys), 0) AS baseline_keys
      FROM current_counts cur
      LEFT JOIN comparable b
        ON b.municipality_code = cur.municipality_code AND b.organisation_id = cur.organisation_id
       AND b.theme_id = cur.theme_id AND b.quarter < cur.quarter
       AND b.quarter >= cur.quarter - make_interval(months => 3 * (t->>'baseline_quarters')::integer)
       AND b.first_quarter <= cur.quarter - make_interval(months => 3 * (t->>'baseline_quarters')::integer)
      WHERE cur.n >= (t->>'min_count')::integer
        AND (cur.quarter + interval '3 months' - interval '1 day')::date <= v_as_of
      GROUP BY cur.municipality_code, cur.organisation_id, cur.theme_id, cur.quarter, cur.n, cur.keys
      HAVING cur.n >= (t->>'rise_factor')::numeric
                      * (coalesce(sum(b.n), 0)::numeric / (t->>'baseline_quarters')::integer)
         AND cur.n - coalesce(sum(b.n), 0)::numeric / (t->>'baseline_quarters')::integer
             >= (t->>'min_increase')::numeric
         -- Minimum evidence: no rise against a (near) zero baseline.
         AND coalesce(sum(b.n), 0)::numeric / (t->>'baseline_quarters')::integer
             >= coalesce((t->>'min_baseline')::numeric, 0)
    ),
    grouped AS (
      SELECT r.municipality_code, r.theme_id, r.quarter,
             array_agg(r.organisation_id ORDER BY r.organisation_id) AS organisation_ids,
             sum(r.n) AS n, sum(r.keys) AS keys, sum(r.baseline) AS baseline,
             sum(r.baseline_n) AS baseline_n, sum(r.baseline_keys) AS baseline_keys,
             jsonb_agg(jsonb_build_object('organisationCode', o.code, 'count', r.n, 'countKeySum', r.keys,
               'baseline', round(r.baseline, 1), 'baselineCount', r.baseline_n,
               'baselineCountKeySum', r.baseline_keys) ORDER BY o.code) AS organisations
      FROM rising r
      JOIN organisation o ON o.id = r.organisation_id
      GROUP BY r.municipality_code, r.theme_id, r.quarter
      HAVING count(*) >= (t->>'min_organisations')::integer
    ),
    quarter_records AS MATERIALIZED (
      -- The records of the recomputed quarters, by root theme: read once for the evidence of every signal
      -- below. A look-up per signal read its quarter's records of every source again (at 10 M, 300 signals
      -- of one municipality: 2 M records, 3 s); materialized, so that the signals' underestimated count
      -- cannot make the planner scan the records once per signal.
      SELECT c.municipality_code, c.id, c.received_on, c.source_organisation_id,
             coalesce(c.subject_organisation_id, c.source_organisation_id) AS organisation_id,
             coalesce(ct.parent_id, ct.id) AS theme_id, date_trunc('quarter', c.received_on)::date AS quarter
      FROM case_record c
      JOIN theme ct ON ct.id = c.theme_id
      WHERE (p_municipality_code IS NULL OR c.municipality_code = p_municipality_code)
        AND (v_quarter0 IS NULL OR c.received_on >= v_quarter0)
    ),
    evidence AS (
      -- Each signal's records (the theme and its subthemes, at its organisations, from the sources compared;
      -- the first v_max_records received).
      SELECT e.municipality_code, e.theme_id, e.quarter, array_agg(e.id ORDER BY e.received_on, e.id) AS ids
      FROM (SELECT g.municipality_code, g.theme_id, g.quarter, r.id, r.received_on,
                   row_number() OVER (PARTITION BY g.municipality_code, g.theme_id, g.quarter
                                      ORDER BY r.received_on, r.id) AS n
            FROM quarter_records r
            JOIN grouped g
              ON g.municipality_code = r.municipality_code AND g.theme_id = r.theme_id AND g.quarter = r.quarter
            JOIN source_start ss
              ON ss.municipality_code = r.municipality_code AND ss.source_organisation_id = r.source_organisation_id
            WHERE r.organisation_id = ANY (g.organisation_ids)
              AND ss.first_quarter <= g.quarter - make_interval(months => 3 * (t->>'baseline_quarters')::integer)) e
      WHERE e.n <= v_max_records
      GROUP BY 1, 2, 3
    )
    SELECT g.municipality_code, 'thema_meerdere_organisaties', 'thema=' || th.code, g.theme_id,
           g.organisation_ids, g.quarter, (g.quarter + interval '3 months' - interval '1 day')::date,
           cardinality(g.organisation_ids),
           jsonb_build_object('themeCode', th.code, 'count', g.n, 'countKeySum', g.keys,
             'baseline', round(g.baseline, 1), 'baselineCount', g.baseline_n,
             'baselineCountKeySum', g.baseline_keys,
             'baselineQuarters', (t->>'baseline_quarters')::integer, 'organisations', g.organisations),
           'case_record', coalesce(e.ids, '{}')
    FROM grouped g
    JOIN theme th ON th.id = g.theme_id
    LEFT JOIN evidence e USING (municipality_code, theme_id, quarter);
  END IF;

  -- 2. Wal en schip: one pseudonymous citizen at several organisations within a window.
  SELECT r.thresholds INTO t FROM signal_rule r WHERE r.code = 'wal_en_schip' AND r.enabled;
  IF t IS NOT NULL THEN
    INSERT INTO signal_computed (municipality_code, rule_code, scope_key, domain_code, organisation_ids,
      period_start, period_end, score, evidence, record_type, record_ids)
    WITH records AS (
      -- The records of the citizens who reached enough organisations in the period read (a cheap
      -- pre-filter): one scan and one sort, the organisations numbered per citizen (citizen first, whose
      -- abbreviated sort key decides almost every comparison). A grouped pre-filter joined back read the
      -- records twice and sorted them once more.
      SELECT o.municipality_code, o.subject_key, o.id, o.organisation_id, o.received_on, o.domain_code
      FROM (SELECT r.*, max(r.organisation_number) OVER (PARTITION BY r.subject_key, r.municipality_code)
                          AS organisations
            FROM (SELECT c.municipality_code, c.subject_key, c.id,
                         coalesce(c.subject_organisation_id, c.source_organisation_id) AS organisation_id,
                         c.received_on, c.domain_code,
                         dense_rank() OVER (PARTITION BY c.subject_key, c.municipality_code
                                            ORDER BY coalesce(c.subject_organisation_id, c.source_organisation_id))
                           AS organisation_number
                  FROM case_record c
                  WHERE c.subject_key IS NOT NULL AND c.received_on <= v_as_of
                    AND (p_municipality_code IS NULL OR c.municipality_code = p_municipality_code)
                    AND (v_year0 IS NULL OR c.received_on >= v_year0 - (t->>'window_days')::integer)) r) o
      WHERE o.organisations >= (t->>'min_organisations')::integer
    ),
    anchors AS (
      -- A record at which the trailing window holds records at enough different organisations. Grouped
      -- (and below sorted) by the pseudonym before the constant municipality, as the records.
      SELECT a.municipality_code, a.subject_key, a.id AS anchor_id, a.received_on AS anchor_on
      FROM records a
      JOIN records w
        ON w.municipality_code = a.municipality_code AND w.subject_key = a.subject_key
       AND w.received_on BETWEEN a.received_on - (t->>'window_days')::integer AND a.received_on
      WHERE v_year0 IS NULL OR a.received_on >= v_year0
      GROUP BY 3, 2, 1, 4
      HAVING count(DISTINCT w.organisation_id) >= (t->>'min_organisations')::integer
    ),
    episodes AS (
      -- The first such moment per citizen and year.
      SELECT DISTINCT ON (subject_key, municipality_code, date_trunc('year', anchor_on))
             municipality_code, subject_key, anchor_on, date_trunc('year', anchor_on)::date AS year
      FROM anchors
      ORDER BY subject_key, municipality_code, date_trunc('year', anchor_on), anchor_on, anchor_id
    ),
    episode_records AS (
      SELECT e.municipality_code, e.subject_key, e.year, w.id, w.organisation_id, w.domain_code
      FROM episodes e
      JOIN records w
        ON w.municipality_code = e.municipality_code AND w.subject_key = e.subject_key
       AND w.received_on BETWEEN e.anchor_on - (t->>'window_days')::integer AND e.anchor_on
    ),
    citizen_years AS (
      -- One row per citizen and year: the episode's domain (its most frequent), organisations and records,
      -- carried together instead of joined back to episode_records: the CTEs' row estimates of 1 made
      -- the planner join them by nested loop (at 1,000,000 records 2.5 billion comparisons, 750 s).
      SELECT municipality_code, subject_key, year, mode() WITHIN GROUP (ORDER BY domain_code) AS domain_code,
             array_agg(DISTINCT organisation_id) AS organisation_ids, array_agg(id) AS ids
      FROM episode_records GROUP BY 2, 1, 3
    ),
    per_organisation AS (
      -- Each citizen and year once per organisation (organisation_ids is distinct).
      SELECT cy.municipality_code, cy.domain_code, cy.year, o.organisation_id, count(*) AS citizens,
             -- The citizen key of cell-key perturbation (as the chain's): each citizen once.
             sum(citizen_key(cy.municipality_code, cy.subject_key)) AS citizen_keys
      FROM citizen_years cy
      CROSS JOIN LATERAL unnest(cy.organisation_ids) AS o(organisation_id)
      GROUP BY 1, 2, 3, 4
    ),
    grouped AS (
      SELECT cy.municipality_code, cy.domain_code, cy.year, count(*) AS citizens,
             sum(citizen_key(cy.municipality_code, cy.subject_key)) AS citizen_keys
      FROM citizen_years cy
      GROUP BY 1, 2, 3
      HAVING count(*) >= (t->>'min_citizens')::integer
    )
    SELECT g.municipality_code, 'wal_en_schip', 'domein=' || g.domain_code, g.domain_code,
           ARRAY(SELECT p.organisation_id FROM per_organisation p
                 WHERE p.municipality_code = g.municipality_code AND p.domain_code = g.domain_code
                   AND p.year = g.year ORDER BY p.organisation_id),
           g.year, (g.year + interval '1 year' - interval '1 day')::date, g.citizens,
           jsonb_build_object('citizens', g.citizens, 'citizensKeySum', g.citizen_keys,
             'windowDays', (t->>'window_days')::integer,
             'minimumOrganisations', (t->>'min_organisations')::integer,
             'organisations', (SELECT jsonb_agg(jsonb_build_object('organisationCode', o.code,
                                 'citizens', p.citizens, 'citizensKeySum', p.citizen_keys) ORDER BY o.code)
                               FROM per_organisation p JOIN organisation o ON o.id = p.organisation_id
                               WHERE p.municipality_code = g.municipality_code
                                 AND p.domain_code = g.domain_code AND p.year = g.year)),
           'case_record',
           ARRAY(SELECT DISTINCT x FROM citizen_years cy CROSS JOIN LATERAL unnest(cy.ids) AS x
                 WHERE cy.municipality_code = g.municipality_code AND cy.domain_code = g.domain_code
                   AND cy.year = g.year ORDER BY x LIMIT v_max_records)
    FROM grouped g;
  END IF;

  -- 3. The same complaint (same citizen, same theme, same organisation) raised again within a window after
  -- the earlier one was closed (or received, while open); one
  -- signal per line of complaint handling and year, with the themes in the evidence.
  SELECT r.thresholds INTO t FROM signal_rule r WHERE r.code = 'herhaalde_klacht' AND r.enabled;
  IF t IS NOT NULL THEN
    INSERT INTO signal_computed (municipality_code, rule_code, scope_key, period_start,
      period_end, score, evidence, record_type, record_ids)
    WITH complaints AS (
      SELECT c.municipality_code, c.id, c.record_key, c.subject_key, c.line, c.source_organisation_id,
             c.received_on, coalesce(c.closed_on, c.received_on) AS until, coalesce(th.parent_id, th.id) AS theme_id
      FROM case_record c
      JOIN theme th ON th.id = c.theme_id
      WHERE c.kind = 'klacht' AND c.subject_key IS NOT NULL AND c.received_on <= v_as_of
        AND (p_municipality_code IS NULL OR c.municipality_code = p_municipality_code)
        -- Repeated from v_year0 on, or repeated then.
        AND (v_year0 IS NULL
             OR coalesce(c.closed_on, c.received_on) >= v_year0 - (t->>'window_days')::integer)
    ),
    repeats AS (
      SELECT b.municipality_code, b.line, b.theme_id, date_trunc('year', b.received_on)::date AS year,
             b.subject_key, a.id AS first_id, b.id AS repeat_id, b.record_key AS repeat_key
      FROM complaints b
      JOIN complaints a
        ON a.municipality_code = b.municipality_code AND a.subject_key = b.subject_key
       AND a.theme_id = b.theme_id AND a.source_organisation_id = b.source_organisation_id
       AND (a.received_on, a.id) < (b.received_on, b.id)
       AND b.received_on <= a.until + (t->>'window_days')::integer
      WHERE v_year0 IS NULL OR b.received_on >= v_year0
    ),
    totals AS (
      SELECT municipality_code, line, date_trunc('year', received_on)::date AS year, count(*) AS n,
             sum(record_key) AS keys
      FROM complaints GROUP BY 1, 2, 3
    ),
    per_theme AS (
      SELECT r.municipality_code, r.line, r.year, th.code, count(DISTINCT r.subject_key) AS citizens,
             -- The citizen key of cell-key perturbation (as the chain's): each citizen once.
             sum(citizen_key(r.municipality_code, r.subject_key)) AS citizen_keys
      FROM (SELECT DISTINCT municipality_code, line, year, theme_id, subject_key FROM repeats) r
      JOIN theme th ON th.id = r.theme_id
      GROUP BY 1, 2, 3, 4
    ),
    repeat_keys AS (
      -- Each citizen and each repeated complaint once, however many earlier complaints it repeats.
      SELECT c.municipality_code, c.line, c.year, c.citizen_keys, k.repeat_keys
      FROM (SELECT municipality_code, line, year,
                   sum(citizen_key(municipality_code, subject_key)) AS citizen_keys
            FROM (SELECT DISTINCT municipality_code, line, year, subject_key FROM repeats) d
            GROUP BY 1, 2, 3) c
      JOIN (SELECT municipality_code, line, year, sum(repeat_key) AS repeat_keys
            FROM (SELECT DISTINCT municipality_code, line, year, repeat_id, repeat_key FROM repeats) d
            GROUP BY 1, 2, 3) k USING (municipality_code, line, year)
    ),
    grouped AS (
      SELECT r.municipality_code, r.line, r.year, count(DISTINCT r.subject_key) AS citizens,
             count(DISTINCT r.repeat_id) AS repeat_complaints,
             array_agg(DISTINCT r.first_id) || array_agg(DISTINCT r.repeat_id) AS ids
      FROM repeats r
      GROUP BY 1, 2, 3
      HAVING count(DISTINCT r.subject_key) >= (t->>'min_citizens')::integer
    )
    SELECT g.municipality_code, 'herhaalde_klacht', 'lijn=' || g.line, g.year,
           (g.year + interval '1 year' - interval '1 day')::date, g.citizens,
           jsonb_build_object('line', g.line, 'citizens', g.citizens,
             'repeatComplaints', g.repeat_complaints, 'complaints', tt.n,
             'windowDays', (t->>'window_days')::integer,
             -- Key sums for cell-key perturbation (api/src/disclosure); never shown.
             'citizensKeySum', rk.citizen_keys, 'repeatComplaintsKeySum', rk.repeat_keys, 'complaintsKeySum', tt.keys,
             'themes', (SELECT jsonb_agg(jsonb_build_object('themeCode', p.code, 'citizens', p.citizens,
                                           'citizensKeySum', p.citizen_keys)
                                         ORDER BY p.citizens DESC, p.code)
                        FROM per_theme p WHERE p.municipality_code = g.municipality_code
                          AND p.line = g.line AND p.year = g.year)),
           'case_record', ARRAY(SELECT DISTINCT x FROM unnest(g.ids) AS x ORDER BY x LIMIT v_max_records)
    FROM grouped g
    JOIN totals tt USING (municipality_code, line, year)
    JOIN repeat_keys rk USING (municipality_code, line, year);
  END IF;

  -- 4. Escalation to the 2nd line after a 1st-line complaint at the municipality.
  SELECT r.thresholds INTO t FROM signal_rule r WHERE r.code = 'escalatie_tweede_lijn' AND r.enabled;
  IF t IS NOT NULL THEN
    INSERT INTO signal_computed (municipality_code, rule_code, scope_key, domain_code, period_start,
      period_end, score, evidence, record_type, record_ids)
    WITH first_line AS (
      SELECT c.municipality_code, c.id, c.subject_key, c.received_on, coalesce(c.closed_on, c.received_on) AS until
      FROM case_record c
      WHERE c.line = 'eerste_lijn_gemeente' AND c.kind = 'klacht' AND c.subject_key IS NOT NULL
        AND (p_municipality_code IS NULL OR c.municipality_code = p_municipality_code)
        AND (v_year0 IS NULL
             OR coalesce(c.closed_on, c.received_on) >= v_year0 - (t->>'window_days')::integer)
    ),
    escalations AS (
      SELECT e.municipality_code, e.domain_code, date_trunc('year', e.received_on)::date AS year,
             e.id AS escalation_id, e.record_key AS escalation_key, f.id AS first_id
      FROM case_record e
      JOIN first_line f
        ON f.municipality_code = e.municipality_code AND f.subject_key = e.subject_key
       AND f.received_on <= e.received_on AND e.received_on <= f.until + (t->>'window_days')::integer
      WHERE e.line = 'tweede_lijn' AND e.subject_key IS NOT NULL AND e.received_on <= v_as_of
        AND (p_municipality_code IS NULL OR e.municipality_code = p_municipality_code)
        AND (v_year0 IS NULL OR e.received_on >= v_year0)
    ),
    formal AS (
      SELECT c.municipality_code, c.domain_code, date_trunc('year', c.closed_on)::date AS year, count(*) AS n,
             sum(c.record_key) AS keys
      FROM case_record c
      WHERE c.line = 'eerste_lijn_gemeente' AND c.kind = 'klacht' AND c.route = 'formeel'
        AND c.closed_on IS NOT NULL AND c.closed_on <= v_as_of
        AND (p_municipality_code IS NULL OR c.municipality_code = p_municipality_code)
        AND (v_year0 IS NULL OR c.closed_on >= v_year0)
      GROUP BY 1, 2, 3
    ),
    escalation_keys AS (
      -- An escalation can follow several first-line complaints: each escalation's key counts once.
      SELECT municipality_code, domain_code, year, sum(escalation_key) AS keys
      FROM (SELECT DISTINCT municipality_code, domain_code, year, escalation_id, escalation_key FROM escalations) d
      GROUP BY 1, 2, 3
    ),
    grouped AS (
      SELECT e.municipality_code, e.domain_code, e.year, count(DISTINCT e.escalation_id) AS escalations,
             coalesce(max(f.n), 0) AS formal_closed, max(k.keys) AS escalation_keys,
             coalesce(max(f.keys), 0) AS formal_keys,
             array_agg(DISTINCT e.escalation_id) || array_agg(DISTINCT e.first_id) AS ids
      FROM escalations e
      LEFT JOIN formal f USING (municipality_code, domain_code, year)
      JOIN escalation_keys k USING (municipality_code, domain_code, year)
      GROUP BY 1, 2, 3
    )
    SELECT g.municipality_code, 'escalatie_tweede_lijn', 'domein=' || g.domain_code, g.domain_code, g.year,
           (g.year + interval '1 year' - interval '1 day')::date, g.escalations,
           jsonb_build_object('escalations', g.escalations, 'formalComplaintsClosed', g.formal_closed,
             'rate', CASE WHEN g.formal_closed > 0 THEN round(g.escalations::numeric / g.formal_closed, 3) END,
             'windowDays', (t->>'window_days')::integer,
             -- Key sums for cell-key perturbation (api/src/disclosure); never shown.
             'escalationsKeySum', g.escalation_keys, 'formalComplaintsClosedKeySum', g.formal_keys),
           'case_record', ARRAY(SELECT DISTINCT x FROM unnest(g.ids) AS x ORDER BY x LIMIT v_max_records)
    FROM grouped g
    WHERE g.escalations >= (t->>'min_escalations')::integer
      AND (g.formal_closed = 0 OR g.escalations::numeric / g.formal_closed >= (t->>'min_rate')::numeric);
  END IF;

  -- 5. Upheld objections per law and theme above the baseline of the previous quarters.
  SELECT r.thresholds INTO t FROM signal_rule r WHERE r.code = 'bezwaar_gegrond' AND r.enabled;
  IF t IS NOT NULL AND v_others THEN
    INSERT INTO signal_computed (municipality_code, rule_code, scope_key, theme_id, law, period_start,
      period_end, score, evidence, record_type, record_ids)
    WITH decided AS (
      SELECT d.municipality_code, d.law, coalesce(th.parent_id, th.id) AS theme_id,
             date_trunc('quarter', d.decided_on)::date AS quarter,
             count(*) AS n,
             count(*) FILTER (WHERE d.outcome IN ('gegrond', 'deels_gegrond')) AS upheld,
             sum(d.record_key) AS keys,
             coalesce(sum(d.record_key) FILTER (WHERE d.outcome IN ('gegrond', 'deels_gegrond')), 0) AS upheld_keys
      FROM objection_decision d
      LEFT JOIN theme th ON th.id = d.theme_id
      WHERE d.decided_on IS NOT NULL AND d.decided_on <= v_as_of
        AND d.outcome NOT IN ('lopend', 'onbekend')
        AND (p_municipality_code IS NULL OR d.municipality_code = p_municipality_code)
      GROUP BY 1, 2, 3, 4
    ),
    compared AS (
      SELECT cur.municipality_code, cur.law, cur.theme_id, cur.quarter, cur.n, cur.upheld, cur.keys,
             cur.upheld_keys, coalesce(sum(b.n), 0) AS baseline_n, coalesce(sum(b.upheld), 0) AS baseline_upheld,
             coalesce(sum(b.keys), 0) AS baseline_keys, coalesce(sum(b.upheld_keys), 0) AS baseline_upheld_keys
      FROM decided cur
      LEFT JOIN decided b
        ON b.municipality_code = cur.municipality_code AND b.law = cur.law
       AND b.theme_id IS NOT DISTINCT FROM cur.theme_id AND b.quarter < cur.quarter
       AND b.quarter >= cur.quarter - make_interval(months => 3 * (t->>'baseline_quarters')::integer)
      WHERE cur.n >= (t->>'min_decided')::integer AND cur.upheld >= (t->>'min_upheld')::integer
        AND (cur.quarter + interval '3 months' - interval '1 day')::date <= v_as_of
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ),
    flagged AS (
      SELECT c.*, c.upheld::numeric / c.n AS share, c.baseline_upheld::numeric / c.baseline_n AS baseline_share
      FROM compared c
      WHERE c.baseline_n >= (t->>'baseline_min_decided')::integer
        AND c.upheld::numeric / c.n
            >= c.baseline_upheld::numeric / c.baseline_n + (t->>'min_increase_pp')::numeric
        AND c.upheld::numeric / c.n
            >= (t->>'min_ratio')::numeric * c.baseline_upheld::numeric / c.baseline_n
    )
    SELECT f.municipality_code, 'bezwaar_gegrond',
           'wet=' || f.law || '|thema=' || coalesce(th.code, 'onbekend'), f.theme_id, f.law, f.quarter,
           (f.quarter + interval '3 months' - interval '1 day')::date,
           round(f.share - f.baseline_share, 3),
           jsonb_build_object('law', f.law, 'themeCode', th.code, 'decided', f.n, 'upheld', f.upheld,
             'share', round(f.share, 3), 'baselineDecided', f.baseline_n,
             'baselineUpheld', f.baseline_upheld, 'baselineShare', round(f.baseline_share, 3),
             -- Key sums for cell-key perturbation (api/src/disclosure); never shown.
             'decidedKeySum', f.keys, 'upheldKeySum', f.upheld_keys, 'baselineDecidedKeySum', f.baseline_keys,
             'baselineUpheldKeySum', f.baseline_upheld_keys),
           'objection_decision',
           ARRAY(
             SELECT d.id FROM objection_decision d
             LEFT JOIN theme dt ON dt.id = d.theme_id
             WHERE d.municipality_code = f.municipality_code AND d.law = f.law
               AND coalesce(dt.parent_id, dt.id) IS NOT DISTINCT FROM f.theme_id
               AND d.outcome IN ('gegrond', 'deels_gegrond')
               AND d.decided_on >= f.quarter AND d.decided_on < f.quarter + interval '3 months'
             ORDER BY d.decided_on, d.id LIMIT v_max_records)
    FROM flagged f
    LEFT JOIN theme th ON th.id = f.theme_id;
  END IF;

  -- 6. Terms exceeded, per handling organisation and half-year of closure.
  SELECT r.thresholds INTO t FROM signal_rule r WHERE r.code = 'termijn_overschreden' AND r.enabled;
  IF t IS NOT NULL THEN
    INSERT INTO signal_computed (municipality_code, rule_code, scope_key, organisation_id, period_start,
      period_end, score, evidence, record_type, record_ids)
    WITH closed AS (
      SELECT c.municipality_code, c.id, c.record_key, c.source_organisation_id AS organisation_id,
             make_date(extract(year FROM c.closed_on)::integer,
                       CASE WHEN extract(month FROM c.closed_on) <= 6 THEN 1 ELSE 7 END, 1) AS half,
             (c.closed_on - c.received_on) > CASE
               WHEN c.term_days IS NOT NULL THEN c.term_days + coalesce(c.extension_days, 0)
               WHEN c.external_committee THEN (t->>'external_committee_term_days')::integer
                 + coalesce(c.extension_days, 0)
               ELSE (t->>'default_term_days')::integer + coalesce(c.extension_days, 0)
             END AS over_term
      FROM case_record c
      WHERE c.kind = 'klacht' AND c.line <> 'tweede_lijn'
        AND c.closed_on IS NOT NULL AND c.closed_on <= v_as_of
        AND (p_municipality_code IS NULL OR c.municipality_code = p_municipality_code)
        AND (v_half0 IS NULL OR c.closed_on >= v_half0)
    ),
    grouped AS (
      SELECT municipality_code, organisation_id, half, count(*) AS n,
             count(*) FILTER (WHERE over_term) AS over_term,
             sum(record_key) AS closed_keys, coalesce(sum(record_key) FILTER (WHERE over_term), 0) AS over_term_keys,
             (array_agg(id ORDER BY id) FILTER (WHERE over_term))[1:v_max_records] AS ids
      FROM closed GROUP BY 1, 2, 3
      HAVING count(*) >= (t->>'min_closed')::integer
         AND count(*) FILTER (WHERE over_term)::numeric / count(*) >= (t->>'max_share')::numeric
    )
    SELECT g.municipality_code, 'termijn_overschreden', 'organisatie=' || o.code, g.organisation_id, g.half,
           (g.half + interval '6 months' - interval '1 day')::date,
           round(g.over_term::numeric / g.n, 3),
           jsonb_build_object('organisationCode', o.code, 'closed', g.n, 'overTerm', g.over_term,
             'share', round(g.over_term::numeric / g.n, 3),
             -- Key sums for cell-key perturbation (api/src/disclosure); never shown.
             'closedKeySum', g.closed_keys, 'overTermKeySum', g.over_term_keys),
           'case_record',
           coalesce(g.ids, '{}')
    FROM grouped g
    JOIN organisation o ON o.id = g.organisation_id;
  END IF;

  -- 7. No feedback to the complainant, per handling organisation and half-year of closure.
  SELECT r.thresholds INTO t FROM signal_rule r WHERE r.code = 'geen_terugkoppeling' AND r.enabled;
  IF t IS NOT NULL THEN
    INSERT INTO signal_computed (municipality_code, rule_code, scope_key, organisation_id, period_start,
      period_end, score, evidence, record_type, record_ids)
    WITH closed AS (
      SELECT c.municipality_code, c.id, c.record_key, c.source_organisation_id AS organisation_id, c.feedback_given,
             make_date(extract(year FROM c.closed_on)::integer,
                       CASE WHEN extract(month FROM c.closed_on) <= 6 THEN 1 ELSE 7 END, 1) AS half
      FROM case_record c
      WHERE c.kind = 'klacht' AND c.feedback_given IS NOT NULL
        AND c.closed_on IS NOT NULL AND c.closed_on <= v_as_of
        AND (p_municipality_code IS NULL OR c.municipality_code = p_municipality_code)
        AND (v_half0 IS NULL OR c.closed_on >= v_half0)
    ),
    grouped AS (
      SELECT municipality_code, organisation_id, half, count(*) AS n,
             count(*) FILTER (WHERE NOT feedback_given) AS without_feedback,
             sum(record_key) AS closed_keys,
             coalesce(sum(record_key) FILTER (WHERE NOT feedback_given), 0) AS without_feedback_keys,
             (array_agg(id ORDER BY id) FILTER (WHERE NOT feedback_given))[1:v_max_records] AS ids
      FROM closed GROUP BY 1, 2, 3
      HAVING count(*) >= (t->>'min_closed')::integer
         AND count(*) FILTER (WHERE NOT feedback_given)::numeric / count(*) >= (t->>'max_share')::numeric
    )
    SELECT g.municipality_code, 'geen_terugkoppeling', 'organisatie=' || o.code, g.organisation_id, g.half,
           (g.half + interval '6 months' - interval '1 day')::date,
           round(g.without_feedback::numeric / g.n, 3),
           jsonb_build_object('organisationCode', o.code, 'closed', g.n,
             'withoutFeedback', g.without_feedback, 'share', round(g.without_feedback::numeric / g.n, 3),
             'closedKeySum', g.closed_keys, 'withoutFeedbackKeySum', g.without_feedback_keys),
           'case_record',
           coalesce(g.ids, '{}')
    FROM grouped g
    JOIN organisation o ON o.id = g.organisation_id;
  END IF;

  -- 8. Providers that report late or not at all (half-year report, seed 003).
  SELECT r.thresholds INTO t FROM signal_rule r WHERE r.code = 'rapportage_aanbieder' AND r.enabled;
  IF t IS NOT NULL AND v_others THEN
    INSERT INTO signal_computed (municipality_code, rule_code, scope_key, organisation_id, period_start,
      period_end, score, evidence, record_type, record_ids)
    WITH coverage AS (
      -- Reports are only expected from the first half-year Leerlus holds any provider report for:
      -- before that the municipality simply did not load them (not a provider failing to report).
      SELECT p.municipality_code, min(p.period_start) AS first_period
      FROM provider_report p GROUP BY 1
    ),
    expected AS (
      -- Every half-year that starts within a reporting contract's term.
      SELECT DISTINCT k.municipality_code, k.organisation_id, h.half::date AS period_start
      FROM contract k
      JOIN coverage cv ON cv.municipality_code = k.municipality_code
      CROSS JOIN LATERAL generate_series(date_trunc('year', k.starts_on),
                                         least(coalesce(k.ends_on, v_as_of), v_as_of),
                                         interval '6 months') AS h(half)
      WHERE k.half_year_report_required
        AND h.half >= k.starts_on AND h.half >= cv.first_period
        AND (p_municipality_code IS NULL OR k.municipality_code = p_municipality_code)
    ),
    due AS (
      -- The municipality's reporting calendar (sql/views/0250_reporting_calendar.sql).
      SELECT e.*, provider_report_due_on(e.municipality_code,
                                         (e.period_start + interval '6 months' - interval '1 day')::date) AS due_on
      FROM expected e
    ),
    reports AS (
      SELECT p.municipality_code, p.provider_organisation_id AS organisation_id, p.period_start,
             p.period_end, p.due_on, p.submitted_on, p.id
      FROM provider_report p
      WHERE p.period_start <= v_as_of
        AND (p_municipality_code IS NULL OR p.municipality_code = p_municipality_code)
    ),
    status AS (
      SELECT coalesce(r.municipality_code, d.municipality_code) AS municipality_code,
             coalesce(r.organisation_id, d.organisation_id) AS organisation_id,
             coalesce(r.period_start, d.period_start) AS period_start,
             coalesce(r.period_end, (d.period_start + interval '6 months' - interval '1 day')::date) AS period_end,
             coalesce(r.due_on, d.due_on) AS due_on, r.submitted_on, r.id AS report_id
      FROM due d
      FULL JOIN reports r
        ON r.municipality_code = d.municipality_code AND r.organisation_id = d.organisation_id
       AND r.period_start = d.period_start
    ),
    flagged AS (
      SELECT s.*,
             CASE WHEN s.submitted_on IS NOT NULL THEN 'te_laat' ELSE 'ontbreekt' END AS finding,
             coalesce(s.submitted_on, v_as_of) - s.due_on AS days_late
      FROM status s
      WHERE coalesce(s.submitted_on, v_as_of) - s.due_on > (t->>'grace_days')::integer
        AND (s.submitted_on IS NOT NULL OR s.due_on < v_as_of)
    )
    SELECT f.municipality_code, 'rapportage_aanbieder', 'organisatie=' || o.code, f.organisation_id,
           f.period_start, f.period_end, f.days_late,
           jsonb_build_object('organisationCode', o.code, 'finding', f.finding, 'dueOn', f.due_on,
             'submittedOn', f.submitted_on, 'daysLate', f.days_late),
           'provider_report', CASE WHEN f.report_id IS NULL THEN '{}'::bigint[] ELSE ARRAY[f.report_id] END
    FROM flagged f
    JOIN organisation o ON o.id = f.organisation_id;
  END IF;

  -- 9. The citizens' panel found a system error and the coordinator confirmed it (migrations/0070).
  SELECT r.thresholds INTO t FROM signal_rule r WHERE r.code = 'panel_systeemfout' AND r.enabled;
  IF t IS NOT NULL AND v_others THEN
    INSERT INTO signal_computed (municipality_code, rule_code, scope_key, theme_id, domain_code, law,
      period_start, period_end, score, evidence, record_type, record_ids)
    WITH sample_cases AS (
      SELECT sc.municipality_code, sc.sample_id, o.id, o.law, o.domain_code, o.theme_id,
             coalesce(o.decided_on, o.objection_received_on) AS decided_on, sc.confirmed_at IS NOT NULL AS confirmed,
             EXISTS (SELECT 1 FROM panel_review pr
                     WHERE pr.municipality_code = sc.municipality_code AND pr.sample_id = sc.sample_id
                       AND pr.decision_id = sc.decision_id AND pr.system_error IS NOT NULL) AS reviewed
      FROM panel_sample_case sc
      JOIN objection_decision o ON o.municipality_code = sc.municipality_code AND o.id = sc.decision_id
      WHERE (p_municipality_code IS NULL OR sc.municipality_code = p_municipality_code)
    ),
    grouped AS (
      SELECT s.municipality_code, s.sample_id, s.law, s.theme_id, min(s.domain_code) AS domain_code,
             min(s.decided_on) AS period_start, max(s.decided_on) AS period_end,
             count(*) FILTER (WHERE s.confirmed) AS confirmed, count(*) FILTER (WHERE s.reviewed) AS reviewed,
             array_agg(s.id ORDER BY s.id) FILTER (WHERE s.confirmed) AS record_ids
      FROM sample_cases s
      GROUP BY s.municipality_code, s.sample_id, s.law, s.theme_id
      HAVING count(*) FILTER (WHERE s.confirmed) > 0
    )
    SELECT g.municipality_code, 'panel_systeemfout',
           'steekproef=' || g.sample_id || '|wet=' || g.law || '|thema=' || coalesce(th.code, 'geen'),
           g.theme_id, g.domain_code, g.law, g.period_start, g.period_end, g.confirmed,
           jsonb_build_object('sampleId', g.sample_id, 'law', g.law, 'themeCode', th.code,
             'confirmed', g.confirmed, 'reviewed', g.reviewed),
           'objection_decision', g.record_ids
    FROM grouped g
    LEFT JOIN theme th ON th.id = g.theme_id;
  END IF;

  -- Upsert by the stable key; status, note and first_seen_at of existing signals stay as they are.
  -- Severity and urgency (0450_signal_severity.sql); urgent_since marks when it last became urgent.
  INSERT INTO signal AS s (municipality_code, rule_code, scope_key, theme_id, organisation_id, domain_code,
    law, organisation_ids, period_start, period_end, score, evidence, active, last_computed_at, severity,
    urgent, urgent_since)
  SELECT c.municipality_code, c.rule_code, c.scope_key, c.theme_id, c.organisation_id, c.domain_code,
         c.law, c.organisation_ids, c.period_start, c.period_end, c.score, c.evidence, true, now(),
         v.severity, v.urgent, CASE WHEN v.urgent THEN now() END
  FROM signal_computed c
  JOIN signal_rule r ON r.code = c.rule_code
  CROSS JOIN LATERAL (SELECT signal_severity(c.rule_code, c.score, c.evidence, r.thresholds) AS severity) sv
  CROSS JOIN LATERAL (SELECT sv.severity, signal_is_urgent(sv.severity, c.period_end, c.evidence, v_as_of) AS urgent) v
  ON CONFLICT ON CONSTRAINT uq_signal_key DO UPDATE SET
    severity = EXCLUDED.severity,
    urgent = EXCLUDED.urgent,
    urgent_since = CASE WHEN NOT EXCLUDED.urgent THEN NULL
                        WHEN s.urgent AND s.active THEN s.urgent_since
                        ELSE EXCLUDED.urgent_since END,
    theme_id = EXCLUDED.theme_id,
    organisation_id = EXCLUDED.organisation_id,
    domain_code = EXCLUDED.domain_code,
    law = EXCLUDED.law,
    organisation_ids = EXCLUDED.organisation_ids,
    period_end = EXCLUDED.period_end,
    score = EXCLUDED.score,
    evidence = EXCLUDED.evidence,
    active = true,
    last_computed_at = EXCLUDED.last_computed_at;

  UPDATE signal s SET active = false, urgent = false, urgent_since = NULL, last_computed_at = now()
  WHERE s.active
    AND (p_municipality_code IS NULL OR s.municipality_code = p_municipality_code)
    AND EXISTS (SELECT 1 FROM signal_scope sc WHERE sc.rule_code = s.rule_code AND s.period_start >= sc.period_from)
    AND NOT EXISTS (
      SELECT 1 FROM signal_computed c
      WHERE c.municipality_code = s.municipality_code AND c.rule_code = s.rule_code
        AND c.scope_key = s.scope_key AND c.period_start = s.period_start
    );

  -- Signals outside this computation's periods keep their severity; their urgency follows the as-of day.
  UPDATE signal s SET urgent = v.urgent, urgent_since = CASE WHEN v.urgent THEN now() END
  FROM (SELECT x.municipality_code, x.id,
               signal_is_urgent(x.severity, x.period_end, x.evidence, v_as_of) AS urgent
        FROM signal x
        WHERE x.active AND (p_municipality_code IS NULL OR x.municipality_code = p_municipality_code)) v
  WHERE s.municipality_code = v.municipality_code AND s.id = v.id AND s.urgent IS DISTINCT FROM v.urgent;

  -- Record references are derived data: rewritten for the signals of this computation's periods.
  DELETE FROM signal_evidence_record e
  USING signal s, signal_scope sc
  WHERE (p_municipality_code IS NULL OR e.municipality_code = p_municipality_code)
    AND s.municipality_code = e.municipality_code AND s.id = e.signal_id
    AND sc.rule_code = s.rule_code AND s.period_start >= sc.period_from;
  INSERT INTO signal_evidence_record (municipality_code, signal_id, record_type, record_id)
  SELECT DISTINCT s.municipality_code, s.id, c.record_type, x.record_id
  FROM signal_computed c
  JOIN signal s
    ON s.municipality_code = c.municipality_code AND s.rule_code = c.rule_code
   AND s.scope_key = c.scope_key AND s.period_start = c.period_start
  CROSS JOIN LATERAL unnest(c.record_ids) AS x(record_id)
  WHERE c.record_type IS NOT NULL;

  INSERT INTO signal_refresh AS sr (municipality_code, as_of, rules)
  SELECT m.code, v_as_of, v_rules FROM municipality m
  WHERE p_municipality_code IS NULL OR m.code = p_municipality_code
  ON CONFLICT (municipality_code) DO UPDATE SET as_of = EXCLUDED.as_of, rules = EXCLUDED.rules,
    refreshed_at = now();

  RETURN QUERY
    SELECT r.code, count(s.id)::integer
    FROM signal_rule r
    LEFT JOIN signal s
      ON s.rule_code = r.code AND s.active
     AND (p_municipality_code IS NULL OR s.municipality_code = p_municipality_code)
    GROUP BY r.code, r.sort_order
    ORDER BY r.sort_order;
END;
$$;
