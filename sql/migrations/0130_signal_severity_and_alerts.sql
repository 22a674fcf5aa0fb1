-- Severity, urgency and e-mail alerts for systemic-failure signals (docs/indicators/signals.md,
-- "Ernst en urgent"; docs/signal-alerts.md).
--
-- severity: laag / midden / hoog from the size of the deviation per rule, compared with the rule's
-- severity_midden and severity_hoog thresholds (signal_severity() in sql/views/0450_signal_severity.sql).
-- urgent: a 'hoog' signal about a recent period; seed 003 asks that such signals reach the college at
-- once ("onverwijld"). urgent_since: when the signal last became urgent (an alert is sent once).
ALTER TABLE signal
  ADD COLUMN severity text NOT NULL DEFAULT 'laag',
  ADD COLUMN urgent boolean NOT NULL DEFAULT false,
  ADD COLUMN urgent_since timestamptz,
  ADD CONSTRAINT chk_signal_severity CHECK (severity IN ('laag', 'midden', 'hoog'));

-- Count thresholds start at 5 (the disclosure threshold), so a band never says more about a small
-- count than the suppressed figure does.
UPDATE signal_rule r
   SET thresholds = r.thresholds || s.bands,
       description = r.description || ' Ernst: ' || s.text,
       updated_at = now()
  FROM (VALUES
    ('thema_meerdere_organisaties', '{"severity_midden": 2, "severity_hoog": 3}'::jsonb,
     'midden vanaf severity_midden keer, hoog vanaf severity_hoog keer de baseline (alle betrokken organisaties samen).'),
    ('wal_en_schip', '{"severity_midden": 5, "severity_hoog": 10}',
     'midden vanaf severity_midden inwoners, hoog vanaf severity_hoog inwoners.'),
    ('herhaalde_klacht', '{"severity_midden": 6, "severity_hoog": 12}',
     'midden vanaf severity_midden inwoners, hoog vanaf severity_hoog inwoners.'),
    ('escalatie_tweede_lijn', '{"severity_midden": 0.1, "severity_hoog": 0.2}',
     'midden vanaf een aandeel severity_midden, hoog vanaf severity_hoog van de formeel afgehandelde klachten.'),
    ('bezwaar_gegrond', '{"severity_midden": 0.25, "severity_hoog": 0.35}',
     'midden vanaf severity_midden, hoog vanaf severity_hoog hoger aandeel gegrond dan in de basisperiode.'),
    ('termijn_overschreden', '{"severity_midden": 0.4, "severity_hoog": 0.6}',
     'midden vanaf een aandeel severity_midden, hoog vanaf severity_hoog over de termijn.'),
    ('geen_terugkoppeling', '{"severity_midden": 0.35, "severity_hoog": 0.5}',
     'midden vanaf een aandeel severity_midden, hoog vanaf severity_hoog zonder terugkoppeling.'),
    ('rapportage_aanbieder', '{"severity_midden": 30, "severity_hoog": 90}',
     'midden vanaf severity_midden dagen te laat, hoog vanaf severity_hoog dagen te laat.'),
    ('panel_systeemfout', '{"severity_midden": 5, "severity_hoog": 10}',
     'midden vanaf severity_midden bevestigde systeemfouten, hoog vanaf severity_hoog.')
  ) AS s(code, bands, text)
 WHERE r.code = s.code AND NOT r.thresholds ? 'severity_hoog';

-- Who wants an e-mail about signals: every new signal, or only urgent ones. One subscription per user.
CREATE TABLE signal_subscription (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES app_user (id),
  email text NOT NULL,
  scope text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT uq_signal_subscription UNIQUE (user_id),
  CONSTRAINT chk_signal_subscription_scope CHECK (scope IN ('alle', 'urgent')),
  CONSTRAINT chk_signal_subscription_email CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$')
);

-- Which alert went to whom: a signal is announced once as new and once when it becomes urgent.
CREATE TABLE signal_notification (
  subscription_id integer NOT NULL REFERENCES signal_subscription (id) ON DELETE CASCADE,
  municipality_code text NOT NULL,
  signal_id bigint NOT NULL,
  reason text NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_signal_notification PRIMARY KEY (subscription_id, municipality_code, signal_id, reason),
  CONSTRAINT fk_signal_notification_signal FOREIGN KEY (municipality_code, signal_id)
    REFERENCES signal (municipality_code, id) ON DELETE CASCADE,
  CONSTRAINT chk_signal_notification_reason CHECK (reason IN ('nieuw', 'urgent'))
);
