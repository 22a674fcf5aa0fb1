-- The partial index on open complaints (0201) served the view handling_time_open, which now reads the
-- rollup handling_time_open_day (0300, views/0110) instead of case_record. No other query uses it, and
-- every import wrote it for each open complaint (docs/scaling.md, "Narrow indicator rollups").
DROP INDEX IF EXISTS idx_case_record_open_complaints;
