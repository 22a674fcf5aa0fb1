-- Frozen P&C reports (docs/reports.md). A snapshot keeps the report exactly as it was composed: its
-- JSON text (figures already disclosure-controlled for the council) and the SHA-256 of that text.
-- Later imports change the facts and rollups, never a snapshot: a trigger forbids UPDATE.
CREATE TABLE report_snapshot (
  id serial PRIMARY KEY,
  -- NULL: every municipality of this installation.
  municipality_code text REFERENCES municipality (code),
  kind text NOT NULL,
  title text NOT NULL,
  period_start date NOT NULL,
  period_end date NOT NULL,
  -- 1, 2, ... per kind, period and municipality: a report frozen again gets the next version.
  version integer NOT NULL,
  content text NOT NULL,
  sha256 text NOT NULL,
  data_as_of timestamptz NOT NULL,
  created_by integer REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT chk_report_snapshot_kind
    CHECK (kind IN ('voorjaarsnota', 'bestuursrapportage', 'jaarverslag', 'klachtenjaarverslag')),
  CONSTRAINT chk_report_snapshot_period CHECK (period_end >= period_start),
  CONSTRAINT chk_report_snapshot_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$')
);
-- The version is assigned under an advisory lock when a report is frozen (ReportsRepository.freeze).
CREATE INDEX idx_report_snapshot_period ON report_snapshot (kind, period_start, period_end);

CREATE FUNCTION forbid_report_snapshot_update() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'report_snapshot is frozen: freeze a new version instead';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trg_report_snapshot_frozen BEFORE UPDATE ON report_snapshot
  FOR EACH ROW EXECUTE FUNCTION forbid_report_snapshot_update();

-- A document (PDF, DOCX, XLSX) rendered from a snapshot in the background; the web polls its progress.
CREATE TABLE report_document (
  id serial PRIMARY KEY,
  snapshot_id integer NOT NULL REFERENCES report_snapshot (id),
  format text NOT NULL,
  status text NOT NULL DEFAULT 'wachtend',
  progress integer NOT NULL DEFAULT 0,
  content bytea,
  error text,
  requested_by integer REFERENCES app_user (id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  CONSTRAINT chk_report_document_format CHECK (format IN ('pdf', 'docx', 'xlsx')),
  CONSTRAINT chk_report_document_status CHECK (status IN ('wachtend', 'bezig', 'klaar', 'mislukt')),
  CONSTRAINT chk_report_document_progress CHECK (progress BETWEEN 0 AND 100)
);
CREATE INDEX idx_report_document_snapshot ON report_document (snapshot_id);
