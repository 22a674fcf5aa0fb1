-- Full-text search in the redacted complaint texts (records page, beleid and beheer only).
-- A stored generated column: always in step with text_redacted, computed once per write (the import
-- merge), never per query. The 'dutch' configuration stems, so "wachtlijsten" finds "wachtlijst".
-- Only the redacted text is indexed; it is the only free text that is ever stored.
ALTER TABLE case_record
  ADD COLUMN text_search tsvector
  GENERATED ALWAYS AS (to_tsvector('dutch'::regconfig, coalesce(text_redacted, ''))) STORED;

CREATE INDEX idx_case_record_text_search ON case_record USING gin (text_search);
