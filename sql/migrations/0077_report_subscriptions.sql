-- Scheduled P&C reports by e-mail (docs/reports.md): who wants which kind of report, and which frozen
-- report was sent to whom (so a report is sent once per subscriber).
CREATE TABLE report_subscription (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES app_user (id),
  email text NOT NULL,
  kind text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT uq_report_subscription UNIQUE (user_id, kind),
  CONSTRAINT chk_report_subscription_kind
    CHECK (kind IN ('voorjaarsnota', 'bestuursrapportage', 'jaarverslag', 'klachtenjaarverslag')),
  CONSTRAINT chk_report_subscription_email CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$')
);

CREATE TABLE report_delivery (
  id serial PRIMARY KEY,
  subscription_id integer NOT NULL REFERENCES report_subscription (id) ON DELETE CASCADE,
  snapshot_id integer NOT NULL REFERENCES report_snapshot (id),
  sent_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT uq_report_delivery UNIQUE (subscription_id, snapshot_id)
);
