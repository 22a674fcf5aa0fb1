-- provider_report_due_on(): the due date of a provider's half-year report under the municipality's
-- reporting calendar (migration 0089; without a row the seeds' rule, before 1 July and before 1 December,
-- seed 003 contract art. 11.1): the first deadline
-- D ("vóór D") that leaves at least one day after the period's end (D - 1 > period end). January-June
-- (ends 30 June) is due before 1 December; July-December before 1 July of the next year. The date
-- returned is D as the regulation words it; a report submitted on D counts as on time (API and signals).
DROP FUNCTION IF EXISTS provider_report_due_on(text, date);
CREATE FUNCTION provider_report_due_on(p_municipality_code text, p_period_end date)
RETURNS date
LANGUAGE sql STABLE
AS $$
  SELECT min(make_date(y, split_part(d, '-', 1)::integer, split_part(d, '-', 2)::integer))
  FROM unnest(coalesce(
         (SELECT deadlines FROM reporting_calendar WHERE municipality_code = p_municipality_code),
         '{07-01,12-01}'::text[])) AS d,
       generate_series(extract(year FROM p_period_end)::integer,
                       extract(year FROM p_period_end)::integer + 1) AS y
  WHERE make_date(y, split_part(d, '-', 1)::integer, split_part(d, '-', 2)::integer) - 1 > p_period_end
$$;
