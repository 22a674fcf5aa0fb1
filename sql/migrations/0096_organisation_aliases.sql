-- Organisations maintained without SQL (etl organisation …): other spellings an export may use (matched
-- like the name), and the period the organisation was active (NULL = open). A merge of two
-- organisations keeps the merged one's code and name as aliases of the one that stays.
ALTER TABLE organisation
  ADD COLUMN aliases text[] NOT NULL DEFAULT '{}',
  ADD COLUMN active_from date,
  ADD COLUMN active_to date,
  ADD CONSTRAINT chk_organisation_active CHECK (active_to IS NULL OR active_from IS NULL OR active_to >= active_from);
