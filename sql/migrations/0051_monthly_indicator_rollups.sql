-- Monthly-grain rollups for the indicator families that still read day-grain rollups or the facts
-- (docs/scaling.md, "Monthly rollups for the other indicator families"). At 10 million records the
-- handling times, outcomes and thermometer were computed cold in 3–16 s from handling_time_daily,
-- case_outcome_daily and case_record. The API reads these tables instead when a request covers whole
-- months in month-or-coarser buckets, and the day-grain tables otherwise; both give the same numbers.
-- refresh_rollups() (sql/views/9000_refresh_rollups.sql) maintains them per municipality × month of
-- receipt, like the other rollups, so the ETL's slices (by receipt date) keep them exact.

-- handling_time_daily summed per month of receipt, CLOSED records only: an open record's age is
-- computed at query time from its exact receipt day, so open records are always read from
-- handling_time_daily (see the partial index below).
CREATE TABLE handling_time_monthly (
  municipality_code text NOT NULL,
  family text NOT NULL,
  month date NOT NULL,
  domain_code text NOT NULL,
  line text NOT NULL,
  subject_organisation_id integer NOT NULL,
  committee boolean NOT NULL,
  extended boolean NOT NULL,
  duration_days integer NOT NULL,
  case_count integer NOT NULL,
  CONSTRAINT pk_handling_time_monthly PRIMARY KEY (municipality_code, family, month, domain_code, line,
    subject_organisation_id, committee, extended, duration_days),
  CONSTRAINT chk_handling_time_monthly_family CHECK (family IN ('klacht', 'bezwaar')),
  CONSTRAINT chk_handling_time_monthly_duration CHECK (duration_days BETWEEN 0 AND 366)
);
-- Region-wide queries (no municipality filter) by month.
CREATE INDEX idx_handling_time_monthly_month ON handling_time_monthly (family, month);

-- The open records next to handling_time_monthly: few rows, read by family and receipt day.
CREATE INDEX idx_handling_time_daily_open ON handling_time_daily (family, day) WHERE NOT closed;

-- case_outcome_daily summed per month of receipt (same columns, `month` instead of `day`).
CREATE TABLE case_outcome_monthly (
  municipality_code text NOT NULL,
  family text NOT NULL,
  month date NOT NULL,
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
  CONSTRAINT pk_case_outcome_monthly PRIMARY KEY (municipality_code, family, month, domain_code, line,
    route, subject_organisation_id, theme_id, law, outcome),
  CONSTRAINT chk_case_outcome_monthly_family CHECK (family IN ('klacht', 'bezwaar'))
);
CREATE INDEX idx_case_outcome_monthly_month ON case_outcome_monthly (family, month);

-- Closed complaints per month of closing, for the thermometer's "handled within the Awb 9:11 term".
-- The rollup holds no norm constants, so changing the norm needs no rebuild: per record it keeps what
-- the rule needs and the query applies the configured term (api/src/thermometer):
--   within term  <=>  closed_on - received_on <= coalesce(term_days, committee ? C : T) + E
--                <=>  overrun_days <= (has_source_term ? 0 : committee ? C : T) + least(extension_days, M)
-- with overrun_days = closed_on - received_on - coalesce(term_days, 0) and extension_days the granted
-- extension (0 when not extended, 366 when extended without a number of days: "the maximum").
-- Both are capped at 366 ("more than a year"), which keeps the rule exact as long as every configured
-- term plus the maximum extension is below 366 days; the API checks that and otherwise reads the facts.
-- `received_month` is part of the key only so refresh_rollups() can slice this table by month of
-- receipt like every other rollup (the ETL reports the receipt dates an import touched).
CREATE TABLE complaint_term_monthly (
  municipality_code text NOT NULL,
  closed_month date NOT NULL,
  received_month date NOT NULL,
  domain_code text NOT NULL,
  line text NOT NULL,
  has_source_term boolean NOT NULL,
  committee boolean NOT NULL,
  extension_days integer NOT NULL,
  overrun_days integer NOT NULL,
  case_count integer NOT NULL,
  CONSTRAINT pk_complaint_term_monthly PRIMARY KEY (municipality_code, closed_month, received_month,
    domain_code, line, has_source_term, committee, extension_days, overrun_days)
);
-- The per-month maintenance (by month of receipt) and region-wide reads (by month of closing).
CREATE INDEX idx_complaint_term_monthly_slice ON complaint_term_monthly (municipality_code, received_month);
CREATE INDEX idx_complaint_term_monthly_closed ON complaint_term_monthly (closed_month);
