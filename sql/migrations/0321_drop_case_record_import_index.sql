-- Index audit of case_record, second round (docs/scaling.md, "Index audit, second round"). No query reads
-- case_record by import_id: the views join from a record to its import (import's primary key), the
-- rollups group by it, and no code deletes an import (the only statement whose foreign-key check would
-- look records up by it). Measured at 50,000 records: 0 scans of idx_case_record_import through two
-- imports (merge, rollup delta, signals), a full refresh_signals() and refresh_rollups(), and the views
-- handling_time_open and case_record_daily; it is written by every inserted record. Kept: every other
-- index (primary key, the merge's unique key, received_on, domain, source organisation, subject_key, the
-- text search, the open complaints), each used by a plan or a constraint (same section).
DROP INDEX IF EXISTS idx_case_record_import;
