-- Derived data an import still owes after its facts were committed. A first import into an empty
-- case_record (an initial load) commits its facts first and then writes the rollups and signals on two
-- sessions side by side (etl/src/import/derived-after-commit.ts). The facts' transaction queues one row per
-- part here; each part deletes its row in the transaction that writes it. A row left behind (the part
-- failed twice, or the process stopped in between) is caught up by the next import before it starts:
-- refresh_rollups() or refresh_signals() of that municipality.
CREATE TABLE derived_data_backlog (
  municipality_code text NOT NULL REFERENCES municipality (code),
  part text NOT NULL,
  import_id bigint REFERENCES import (id) ON DELETE SET NULL,
  queued_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_derived_data_backlog PRIMARY KEY (municipality_code, part),
  CONSTRAINT chk_derived_data_backlog_part CHECK (part IN ('record_rollups', 'outcome_rollups', 'signals'))
);
