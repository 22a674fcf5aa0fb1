-- The rollups become tables maintained per municipality × month (docs/scaling.md).
--
-- Until now they were materialized views, and every import refreshed all of them completely, so an
-- import of 5,000 records into a database of 10 million recomputed 10 million. refresh_rollups()
-- (sql/views/9000_refresh_rollups.sql) now deletes and recomputes only the whole months an import
-- touched, for its municipality, inside the import transaction: readers keep seeing the old rows until
-- the commit (MVCC), so no CONCURRENTLY refresh is needed.
--
-- Same names, columns and meaning as the views they replace, so every reader stays as it was. Dimension
-- columns hold sentinels instead of NULL (0 for "no organisation/theme", '' for no neighbourhood; the
-- monthly table '*' / -1 for "not in this grouping set"), so each table has a primary key.
DROP MATERIALIZED VIEW IF EXISTS case_record_monthly;
DROP MATERIALIZED VIEW IF EXISTS case_record_daily CASCADE;
DROP MATERIALIZED VIEW IF EXISTS handling_time_daily CASCADE;
DROP MATERIALIZED VIEW IF EXISTS case_outcome_daily CASCADE;
DROP FUNCTION IF EXISTS refresh_rollups();

-- Case records per municipality × day × every dashboard dimension; additive counts only.
CREATE TABLE case_record_daily (
  municipality_code text NOT NULL,
  day date NOT NULL,
  domain_code text NOT NULL,
  kind text NOT NULL,
  line text NOT NULL,
  source_organisation_id integer NOT NULL,
  subject_organisation_id integer NOT NULL,
  theme_id integer NOT NULL,
  channel text NOT NULL,
  complainant_type text NOT NULL,
  neighbourhood_code text NOT NULL,
  outcome text NOT NULL,
  case_count integer NOT NULL,
  closed_count integer NOT NULL,
  CONSTRAINT pk_case_record_daily PRIMARY KEY (municipality_code, day, domain_code, kind, line,
    source_organisation_id, subject_organisation_id, theme_id, channel, complainant_type,
    neighbourhood_code, outcome)
);
CREATE INDEX idx_case_record_daily_domain ON case_record_daily (municipality_code, domain_code, day);

-- case_record_daily summed per municipality × month over the GROUPING SETS the dashboard reads; `dims`
-- names the set (catalog dimension names in catalog order joined with ',', 'none' for the totals) and
-- must list exactly MONTHLY_ROLLUP_SETS of api/src/metrics/catalog.ts (a test compares them).
CREATE TABLE case_record_monthly (
  municipality_code text NOT NULL,
  month date NOT NULL,
  dims text NOT NULL,
  domain_code text NOT NULL,
  kind text NOT NULL,
  line text NOT NULL,
  theme_id integer NOT NULL,
  channel text NOT NULL,
  complainant_type text NOT NULL,
  neighbourhood_code text NOT NULL,
  source_organisation_id integer NOT NULL,
  subject_organisation_id integer NOT NULL,
  outcome text NOT NULL,
  case_count integer NOT NULL,
  closed_count integer NOT NULL,
  -- Leads with (dims, month): serves the region-wide queries (no municipality filter).
  CONSTRAINT pk_case_record_monthly PRIMARY KEY (dims, month, municipality_code, domain_code, kind,
    line, theme_id, channel, complainant_type, neighbourhood_code, source_organisation_id,
    subject_organisation_id, outcome)
);
-- One municipality's queries, and the per-month maintenance.
CREATE INDEX idx_case_record_monthly_dims ON case_record_monthly (dims, municipality_code, month);
CREATE INDEX idx_case_record_monthly_slice ON case_record_monthly (municipality_code, month);

-- Handling times of complaints (Awb 9:11) and objections (Awb 7:10) as an additive histogram:
-- `duration_days` is the exact number of calendar days from receipt to closure/decision for 0..365,
-- 366 for "more than 365" and -1 for still open (their age is computed at query time from `day`).
-- Medians and p90 are read off the summed counts (docs/indicators/handling-times.md).
CREATE TABLE handling_time_daily (
  municipality_code text NOT NULL,
  family text NOT NULL,
  day date NOT NULL,
  domain_code text NOT NULL,
  line text NOT NULL,
  subject_organisation_id integer NOT NULL,
  committee boolean NOT NULL,
  extended boolean NOT NULL,
  closed boolean NOT NULL,
  duration_days integer NOT NULL,
  case_count integer NOT NULL,
  CONSTRAINT pk_handling_time_daily PRIMARY KEY (municipality_code, family, day, domain_code, line,
    subject_organisation_id, committee, extended, closed, duration_days),
  CONSTRAINT chk_handling_time_daily_family CHECK (family IN ('klacht', 'bezwaar'))
);

-- Outcomes, remedies and the complaint chain: complaints and objections per municipality × family ×
-- day × domain × line × route × subject organisation × theme × law × outcome, with counts of records
-- and of ombudsman recommendations (made, followed, not followed). Objections have line 'bezwaar' and
-- route 'formeel'; complaints carry the law of their domain (docs/indicators/outcomes.md, chain.md).
CREATE TABLE case_outcome_daily (
  municipality_code text NOT NULL,
  family text NOT NULL,
  day date NOT NULL,
  domain_code text NOT NULL,
  line text NOT NULL,
  route text NOT NULL,
  subject_organisation_id integer NOT NULL,
  theme_id integer NOT NULL,
  law text NOT NULL,
  outcome text NOT NULL,
  case_count integer NOT NULL,
  recommendation_made_count integer NOT NULL,
  recommendation_followed_count integer NOT NULL,
  recommendation_not_followed_count integer NOT NULL,
  CONSTRAINT pk_case_outcome_daily PRIMARY KEY (municipality_code, family, day, domain_code, line,
    route, subject_organisation_id, theme_id, law, outcome),
  CONSTRAINT chk_case_outcome_daily_family CHECK (family IN ('klacht', 'bezwaar'))
);
