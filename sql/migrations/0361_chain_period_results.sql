-- The chain's answer per period (issue 20; docs/scaling.md, "Chain results per period"). Distinct
-- citizens are not additive over time, so no monthly cell can hold them: this table holds the finished
-- answer of the default question (window 365 days) per municipality × period × domain filter × step,
-- for every calendar month, quarter and year and every period of 12 whole months that holds a
-- complaint in the step's from-line. domain_code '' is the answer without a domain filter; a domain's
-- rows count only complaints in that domain (both ends of a step). Key sums as the API's CITIZEN_KEY_SQL
-- (api/src/chain/chain.repository.ts), so cell-key perturbation applies as to the query it replaces.
-- Derived data: refresh_rollups() and apply_rollup_delta() (sql/views/0420, 9000) write it.
CREATE TABLE chain_period_step (
  period_from date NOT NULL,
  period_to date NOT NULL,
  municipality_code text NOT NULL,
  domain_code text NOT NULL,
  from_line text NOT NULL,
  to_line text NOT NULL,
  citizens integer NOT NULL,
  citizens_key_sum bigint NOT NULL,
  moved integer NOT NULL,
  moved_key_sum bigint NOT NULL,
  CONSTRAINT pk_chain_period_step PRIMARY KEY (period_from, period_to, municipality_code, domain_code, from_line,
    to_line)
);

-- The import's delta recomputes the answers of the citizens it touches: their cells by pseudonym.
CREATE INDEX idx_complaint_citizen_day_subject ON complaint_citizen_day (municipality_code, subject_key);
