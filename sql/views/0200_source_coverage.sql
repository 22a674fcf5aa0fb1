-- source_month_coverage(): per source organisation and month, whether the source delivered that month
-- (docs/indicators/coverage.md). p_municipality_codes: NULL is every municipality. p_fact: which records
-- the sources deliver: 'case_record' (complaints, signals, reports, help requests; by date of receipt) or
-- 'objection_decision' (objection decisions from the legal department; by date the objection was received).
--
-- A source counts from the month of its first record on (before that Leerlus holds nothing from it and
-- expects nothing). A month is
--   'geleverd'              when it ends on or before the source's latest export date (import.exported_on,
--                           else the day the import was loaded): the export holds the whole month;
--   'ontbreekt'             when not delivered and its end + the delivery rhythm of the source's kind
--                           (source_delivery_rhythm) lies before p_today;
--   'nog_niet_verschuldigd' otherwise (not delivered, not due yet).
DROP FUNCTION IF EXISTS source_month_coverage(text[], date, date, date);
DROP FUNCTION IF EXISTS source_month_coverage(text[], date, date, date, text);
CREATE FUNCTION source_month_coverage(p_municipality_codes text[], p_from date, p_to date, p_today date,
                                      p_fact text DEFAULT 'case_record')
RETURNS TABLE (municipality_code text, organisation_id integer, organisation_code text,
               organisation_name text, month date, delivered_through date, status text)
LANGUAGE sql STABLE
AS $$
  WITH facts AS (
    -- Case records from their rollup per source, import and month (migrations/0200): the same first
    -- month and imports, without a scan of case_record at every cold answer.
    SELECT c.municipality_code, c.source_organisation_id, c.month AS received_on, c.import_id
    FROM case_month_source_import c
    WHERE p_fact = 'case_record'
      AND (p_municipality_codes IS NULL OR c.municipality_code = ANY (p_municipality_codes))
    UNION ALL
    SELECT d.municipality_code, d.source_organisation_id, d.objection_received_on, d.import_id
    FROM objection_decision d
    WHERE p_fact = 'objection_decision'
      AND (p_municipality_codes IS NULL OR d.municipality_code = ANY (p_municipality_codes))
  ),
  sources AS (
    SELECT f.municipality_code, f.source_organisation_id,
           date_trunc('month', min(f.received_on))::date AS first_month,
           max(coalesce(i.exported_on, i.created_at::date)) AS delivered_through
    FROM facts f
    JOIN import i ON i.id = f.import_id
    GROUP BY 1, 2
  )
  SELECT s.municipality_code, o.id, o.code, o.name, m.month::date, s.delivered_through,
         CASE WHEN (m.month + interval '1 month' - interval '1 day')::date <= s.delivered_through
                THEN 'geleverd'
              WHEN (m.month + interval '1 month' - interval '1 day')::date
                   + coalesce(r.expected_within_days, 0) < p_today
                THEN 'ontbreekt'
              ELSE 'nog_niet_verschuldigd' END
  FROM sources s
  JOIN organisation o ON o.id = s.source_organisation_id
  LEFT JOIN source_delivery_rhythm r ON r.organisation_kind = o.kind
  CROSS JOIN LATERAL generate_series(greatest(date_trunc('month', p_from)::date, s.first_month),
                                     date_trunc('month', p_to)::date, interval '1 month') AS m(month)
  ORDER BY m.month, o.code
$$;
