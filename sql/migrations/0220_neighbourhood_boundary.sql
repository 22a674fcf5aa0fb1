-- CBS wijk and buurt boundaries per municipality (issue 18, the neighbourhood map): reference data a
-- municipality uploads as GeoJSON (etl `boundaries import`, Beheer → Gemeenten). PostGIS is not part of
-- the embedded cluster, so the outline is stored as GeoJSON (WGS84, simplified) in jsonb and drawn by
-- the dashboard; no spatial query runs on it. The name replaces the raw code wherever a neighbourhood
-- is shown. CBS codes hold the municipality's number (WK034401, BU03440102), so a code is unique.
CREATE TABLE neighbourhood_boundary (
  code text PRIMARY KEY,
  municipality_code text NOT NULL REFERENCES municipality (code),
  level text NOT NULL,
  name text NOT NULL,
  -- The wijk a buurt lies in (NULL for a wijk).
  wijk_code text,
  -- Inhabitants from the CBS file (aantalInwoners); NULL when absent or kept secret by CBS.
  inhabitants integer,
  geometry jsonb NOT NULL,
  source_file text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT chk_neighbourhood_boundary_level CHECK (level IN ('wijk', 'buurt')),
  CONSTRAINT chk_neighbourhood_boundary_code CHECK (
    (level = 'wijk' AND code ~ '^WK[0-9]{6}$') OR (level = 'buurt' AND code ~ '^BU[0-9]{8}$')
  ),
  CONSTRAINT chk_neighbourhood_boundary_inhabitants CHECK (inhabitants IS NULL OR inhabitants >= 0)
);
CREATE INDEX idx_neighbourhood_boundary_municipality ON neighbourhood_boundary (municipality_code, level);

-- The names appear in cached aggregates (api/src/aggregate-cache): an upload empties that cache.
CREATE TRIGGER trg_neighbourhood_boundary_data_changed
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON neighbourhood_boundary
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
