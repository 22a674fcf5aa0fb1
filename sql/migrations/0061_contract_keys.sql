-- Cell-key perturbation of provider reporting compliance (docs/security.md): the counted unit is a
-- municipality × provider × half year that requires a report, whether or not a report exists, so its
-- key comes from the contracts that require it (the sum of their keys modulo 256), not from
-- provider_report. Random like a record key (migrations/0060): a key computed from the public
-- provider codes could be recomputed by anyone, and the noise subtracted again.
ALTER TABLE contract
  ADD COLUMN record_key smallint NOT NULL DEFAULT floor(random() * 256),
  ADD CONSTRAINT chk_contract_record_key CHECK (record_key BETWEEN 0 AND 255);
