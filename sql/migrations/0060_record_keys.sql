-- Cell-key perturbation (docs/security.md, "Disclosure control: cell-key perturbation").
--
-- Every fact record gets a fixed random record key in 0..255. It is drawn once, at insert, from
-- random(): never derived from an identifier, so it tells nothing about the record. The ETL's merge
-- (INSERT ... ON CONFLICT DO UPDATE) does not set it, so a record updated by a re-export keeps its key.
-- A published cell's key is the sum of its records' keys modulo 256; the API looks up the cell's noise
-- in the published perturbation table with (count, cell key), so the same records always give the
-- same published value, and two overlapping queries differ by noise, not by people.
--
-- ADD COLUMN with a volatile default evaluates it per existing row: the backfill is this statement.
ALTER TABLE case_record
  ADD COLUMN record_key smallint NOT NULL DEFAULT floor(random() * 256),
  ADD CONSTRAINT chk_case_record_record_key CHECK (record_key BETWEEN 0 AND 255);
ALTER TABLE objection_decision
  ADD COLUMN record_key smallint NOT NULL DEFAULT floor(random() * 256),
  ADD CONSTRAINT chk_objection_decision_record_key CHECK (record_key BETWEEN 0 AND 255);
ALTER TABLE provider_report
  ADD COLUMN record_key smallint NOT NULL DEFAULT floor(random() * 256),
  ADD CONSTRAINT chk_provider_report_record_key CHECK (record_key BETWEEN 0 AND 255);

-- The rollups are additive: next to every count the sum of the keys of the records it counts. They are
-- derived data, so they are emptied here and refilled with the sums by refresh_rollups()
-- (sql/views/9100_fill_empty_rollups.sql runs it when the rollups are empty and there are facts).
TRUNCATE case_record_monthly, handling_time_daily, case_outcome_daily, handling_time_monthly,
  case_outcome_monthly, complaint_term_monthly;

ALTER TABLE case_record_monthly
  ADD COLUMN case_key_sum bigint NOT NULL,
  ADD COLUMN closed_key_sum bigint NOT NULL;
ALTER TABLE handling_time_daily ADD COLUMN key_sum bigint NOT NULL;
ALTER TABLE handling_time_monthly ADD COLUMN key_sum bigint NOT NULL;
ALTER TABLE case_outcome_daily
  ADD COLUMN case_key_sum bigint NOT NULL,
  ADD COLUMN recommendation_made_key_sum bigint NOT NULL,
  ADD COLUMN recommendation_followed_key_sum bigint NOT NULL,
  ADD COLUMN recommendation_not_followed_key_sum bigint NOT NULL;
ALTER TABLE case_outcome_monthly
  ADD COLUMN case_key_sum bigint NOT NULL,
  ADD COLUMN recommendation_made_key_sum bigint NOT NULL,
  ADD COLUMN recommendation_followed_key_sum bigint NOT NULL,
  ADD COLUMN recommendation_not_followed_key_sum bigint NOT NULL;
ALTER TABLE complaint_term_monthly ADD COLUMN key_sum bigint NOT NULL;
