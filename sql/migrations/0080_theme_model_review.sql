-- The learned theme model per installation, and the review queue of theme suggestions (docs/themes.md).

-- Every trained model with its evaluation; exactly one is active (used by the ETL), the newest candidate
-- waits until an administrator has seen its evaluation and takes it into use.
CREATE TABLE theme_model (
  version integer PRIMARY KEY,
  status text NOT NULL,
  trained_at timestamptz NOT NULL DEFAULT now(),
  trained_by text NOT NULL,
  -- Training rows per origin: corpus (the shipped blind corpus), bron (records whose source gave the
  -- theme), beoordeling (reviewer decisions).
  training jsonb NOT NULL,
  -- Scores on the installation's held-out reviewer decisions, of this model and of the active one.
  evaluation jsonb NOT NULL,
  threshold numeric(4, 3) NOT NULL,
  model bytea NOT NULL,
  activated_at timestamptz,
  activated_by text,
  CONSTRAINT chk_theme_model_status CHECK (status IN ('kandidaat', 'actief', 'vervangen', 'afgewezen')),
  CONSTRAINT chk_theme_model_threshold CHECK (threshold BETWEEN 0 AND 1)
);
CREATE UNIQUE INDEX uq_theme_model_active ON theme_model (status) WHERE status = 'actief';

-- What the keyword rules alone suggested, next to the combined suggestion: a disagreement goes to review.
ALTER TABLE case_theme ADD COLUMN rule_theme_id integer REFERENCES theme (id);

-- A reviewer's decision on a suggested theme (policy staff, role beleid). They become training data
-- for the installation's next model.
CREATE TABLE theme_review (
  municipality_code text NOT NULL,
  case_id bigint NOT NULL,
  reason text NOT NULL,
  suggested_theme_id integer REFERENCES theme (id),
  confidence numeric(4, 3),
  decision text NOT NULL,
  decided_theme_id integer REFERENCES theme (id),
  decided_by text NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_theme_review PRIMARY KEY (municipality_code, case_id),
  CONSTRAINT fk_theme_review_case FOREIGN KEY (municipality_code, case_id)
    REFERENCES case_record (municipality_code, id) ON DELETE CASCADE,
  CONSTRAINT chk_theme_review_reason CHECK (reason IN ('onder_drempel', 'onenigheid', 'steekproef')),
  CONSTRAINT chk_theme_review_decision CHECK (decision IN ('geaccepteerd', 'ander_thema', 'geen_thema')),
  CONSTRAINT chk_theme_review_theme CHECK ((decision = 'geen_thema') = (decided_theme_id IS NULL))
);
CREATE INDEX idx_theme_review_decided ON theme_review (municipality_code, decided_at);
