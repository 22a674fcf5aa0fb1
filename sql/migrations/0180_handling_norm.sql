-- Handling terms as reference data (issue 13): a municipality's own term for the records of one source,
-- optionally narrowed to one theme (a Signalen category's own term) and/or one kind (klacht, melding, ...),
-- e.g. a provider's contractual term. At import a record without its own term_days gets the most specific
-- matching norm valid on its received_on (source + theme + kind, then fewer, then none: the legal default
-- in the readings); see docs/indicators/handling-times.md. Changes are audited (audit_log, norm.*).
CREATE TABLE handling_norm (
  id serial PRIMARY KEY,
  municipality_code text NOT NULL REFERENCES municipality (code),
  source_organisation_id integer NOT NULL REFERENCES organisation (id),
  theme_id integer REFERENCES theme (id),
  kind text,
  -- As entered (a contract says "4 weken", a Signalen category "5 dagen"); term_days is what imports use.
  term_amount integer NOT NULL,
  term_unit text NOT NULL,
  term_days integer NOT NULL,
  -- The legal term (api/src/norms/norms.ts code) this term stands in for, e.g. awb_9_11.
  replaces_norm text NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  note text,
  CONSTRAINT chk_handling_norm_kind CHECK (kind IS NULL OR kind IN ('klacht', 'signaal', 'melding', 'hulpvraag')),
  CONSTRAINT chk_handling_norm_amount CHECK (term_amount > 0),
  CONSTRAINT chk_handling_norm_unit CHECK (term_unit IN ('dagen', 'weken')),
  CONSTRAINT chk_handling_norm_days CHECK (term_days = CASE term_unit WHEN 'weken' THEN term_amount * 7 ELSE term_amount END),
  CONSTRAINT chk_handling_norm_replaces CHECK (replaces_norm ~ '^[a-z0-9_]+$'),
  CONSTRAINT chk_handling_norm_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX idx_handling_norm_source ON handling_norm (municipality_code, source_organisation_id);
