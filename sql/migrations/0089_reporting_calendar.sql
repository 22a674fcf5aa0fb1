-- One reporting calendar per municipality for the providers' half-year complaint report
-- (docs/indicators/provider-compliance.md), read by the ETL, the API, the signals and the dashboard.
-- deadlines: the days the report must be in *before* ('MM-DD'); a half year's report is due at the first
-- deadline that leaves at least one day after the half year ends (sql/views/0250_reporting_calendar.sql). Each regulation words it differently, so it is
-- configuration: one row per municipality, and the row without municipality as the default.
CREATE TABLE reporting_calendar (
  id serial PRIMARY KEY,
  municipality_code text REFERENCES municipality (code),
  deadlines text[] NOT NULL,
  -- Where the rule comes from (regulation, contract article), shown beside the due dates.
  basis text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT uq_reporting_calendar_municipality UNIQUE (municipality_code),
  CONSTRAINT chk_reporting_calendar_deadlines
    CHECK (cardinality(deadlines) > 0 AND array_to_string(deadlines, ',') ~ '^(\d\d-\d\d)(,\d\d-\d\d)*$')
);
CREATE UNIQUE INDEX uq_reporting_calendar_default ON reporting_calendar ((true)) WHERE municipality_code IS NULL;

-- Seed 003 (Stichtse Vecht contract, art. 11.1): twice a year, "vóór 1 juli en vóór 1 december".
INSERT INTO reporting_calendar (municipality_code, deadlines, basis)
VALUES (NULL, '{07-01,12-01}', 'Twee keer per jaar, vóór 1 juli en vóór 1 december (contract art. 11.1)');
