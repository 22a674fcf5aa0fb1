-- One reporting calendar per municipality for the providers' half-year complaint report
-- (docs/indicators/provider-compliance.md), read by the ETL, the API, the signals and the dashboard.
-- deadlines: the days the report must be in *before* ('MM-DD'); a half year's report is due at the first
-- deadline that leaves at least one day after the half year ends (sql/views/0250_reporting_calendar.sql).
-- Each regulation words it differently, so it is configuration; a municipality without a row follows
-- the seeds' rule (before 1 July and before 1 December), the default in provider_report_due_on().
CREATE TABLE reporting_calendar (
  municipality_code text NOT NULL REFERENCES municipality (code),
  deadlines text[] NOT NULL,
  -- Where the rule comes from (regulation, contract article), shown beside the due dates.
  basis text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_reporting_calendar PRIMARY KEY (municipality_code),
  CONSTRAINT chk_reporting_calendar_deadlines
    CHECK (cardinality(deadlines) > 0 AND array_to_string(deadlines, ',') ~ '^(\d\d-\d\d)(,\d\d-\d\d)*$')
);
