-- Import lineage: every fact row carries the import that last wrote it; rejected rows are kept with
-- their reason so they can be fixed and re-imported.

CREATE TABLE import (
  id bigserial PRIMARY KEY,
  municipality_code text NOT NULL REFERENCES municipality (code),
  file_name text NOT NULL,
  sha256 text NOT NULL,
  profile text NOT NULL,
  status text NOT NULL DEFAULT 'pending',
  rows_read integer NOT NULL DEFAULT 0,
  rows_inserted integer NOT NULL DEFAULT 0,
  rows_updated integer NOT NULL DEFAULT 0,
  rows_unchanged integer NOT NULL DEFAULT 0,
  rows_rejected integer NOT NULL DEFAULT 0,
  min_date date,
  max_date date,
  error text,
  started_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  CONSTRAINT chk_import_status
    CHECK (status IN ('pending', 'running', 'succeeded', 'failed', 'duplicate')),
  CONSTRAINT chk_import_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$')
);
CREATE INDEX idx_import_sha256 ON import (municipality_code, sha256, profile);
CREATE INDEX idx_import_created ON import (created_at);

CREATE TABLE rejected_row (
  id bigserial PRIMARY KEY,
  import_id bigint NOT NULL REFERENCES import (id) ON DELETE CASCADE,
  row_number integer NOT NULL,
  column_name text,
  value text,
  reason text NOT NULL,
  -- The source row (header -> value) with identifiers pseudonymised and free text redacted, so it
  -- can be written back as a CSV for correction without storing personal data.
  raw jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX idx_rejected_row_import ON rejected_row (import_id, row_number);
