-- Import details the ETL records for the administrator: the header row of the source file (so the
-- rejected-rows export can reproduce the original column order, which jsonb does not keep) and the
-- non-fatal warnings of the import (unknown columns ignored, optional columns missing, texts cut off).
ALTER TABLE import ADD COLUMN source_columns text[] NOT NULL DEFAULT '{}';
ALTER TABLE import ADD COLUMN warnings text[] NOT NULL DEFAULT '{}';
