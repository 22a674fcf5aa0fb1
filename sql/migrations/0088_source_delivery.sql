-- Delivery per source and month (docs/indicators/coverage.md): a month of a source is delivered,
-- expected but missing, or not yet due. "Not delivered" must never read as 0 complaints.

-- How many days after a month's end a source of this kind is expected to have delivered that month
-- (its delivery rhythm). Same defaults as the freshness expectations (api/src/freshness).
CREATE TABLE source_delivery_rhythm (
  organisation_kind text PRIMARY KEY,
  expected_within_days integer NOT NULL,
  CONSTRAINT chk_source_delivery_rhythm_kind
    CHECK (organisation_kind IN ('gemeente', 'aanbieder', 'ombudsman', 'samenwerkingsverband')),
  CONSTRAINT chk_source_delivery_rhythm_days CHECK (expected_within_days >= 0)
);
INSERT INTO source_delivery_rhythm (organisation_kind, expected_within_days) VALUES
  ('gemeente', 7),               -- weekly export from the case system
  ('aanbieder', 213),            -- half-year report (183 days) + 30 for delivery
  ('ombudsman', 90),             -- quarterly case list
  ('samenwerkingsverband', 30);  -- monthly export

-- The day the source made the export: everything received up to that day is in it. Without it the day
-- the file was loaded stands in (an export from January loaded in December would then count as
-- complete through December: set it).
ALTER TABLE import ADD COLUMN exported_on date;
