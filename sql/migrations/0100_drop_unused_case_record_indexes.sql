-- Index audit of case_record (docs/scaling.md, "Index audit"). Every index costs every import: the merge
-- writes each new record into all of them. Three were used by no query plan:
--
-- * idx_case_record_theme, idx_case_record_subject_org, idx_case_record_neighbourhood lead with
--   (municipality_code, <dimension>). No query filters case_record on those columns: the dashboards
--   read rollups, and where they read the facts (case_record_daily, the records page, signals) they
--   filter through a join (theme and organisation codes) or an expression (coalesce of the
--   neighbourhood), which such an index cannot serve. Nor do they serve the foreign keys' checks when
--   a theme or organisation is deleted or merged (those look up the dimension alone, not behind
--   municipality_code). The benchmark counts their scans by the cold dashboard answers: 0.
--
-- Kept: the primary key and the merge's unique key, (municipality_code, received_on) for date ranges,
-- domain (records page and outcome filters), source organisation (the thermometer's daily path),
-- subject_key (the chain's cohorts and the signals' repeat complaints) and import_id (lineage).
DROP INDEX IF EXISTS idx_case_record_theme;
DROP INDEX IF EXISTS idx_case_record_subject_org;
DROP INDEX IF EXISTS idx_case_record_neighbourhood;
