-- Citizens' panel (burgerpanel, docs/panel.md): reproducible samples of objection decisions, the
-- members who review them, their reviews against the behoorlijkheidswijzer, confirmed system errors
-- (which become signals of rule panel_systeemfout) and panel findings added to existing signals.

-- The Nationale ombudsman's behoorlijkheidswijzer: four core values and their 22 requirements.
-- Source: Nationale ombudsman, "Behoorlijkheidswijzer" (in use since 1 January 2012 by the Nationale
-- ombudsman and the municipal ombudsmen; https://www.nationaleombudsman.nl/folders-en-brochures/behoorlijkheidswijzer).
-- core_value_code NULL: the row is a core value; otherwise a requirement under that value.
CREATE TABLE conduct_norm (
  code text NOT NULL,
  core_value_code text,
  label text NOT NULL,
  description text NOT NULL,
  sort_order integer NOT NULL DEFAULT 0,
  CONSTRAINT pk_conduct_norm PRIMARY KEY (code),
  CONSTRAINT fk_conduct_norm_core_value FOREIGN KEY (core_value_code) REFERENCES conduct_norm (code)
);

INSERT INTO conduct_norm (code, core_value_code, label, description, sort_order) VALUES
  ('open_en_duidelijk', NULL, 'Open en duidelijk', 'De overheid is open, voorspelbaar en helder.', 100),
  ('respectvol', NULL, 'Respectvol', 'De overheid behandelt mensen met respect en neemt ze serieus.', 200),
  ('betrokken_en_oplossingsgericht', NULL, 'Betrokken en oplossingsgericht',
   'De overheid denkt mee en zoekt een oplossing die past bij de situatie.', 300),
  ('eerlijk_en_betrouwbaar', NULL, 'Eerlijk en betrouwbaar',
   'De overheid handelt eerlijk, zorgvuldig en doet wat zij zegt.', 400),
  ('transparant', 'open_en_duidelijk', 'Transparant',
   'De overheid is open en voorspelbaar en laat zien hoe zij werkt.', 110),
  ('goede_informatieverstrekking', 'open_en_duidelijk', 'Goede informatieverstrekking',
   'De overheid geeft uit zichzelf juiste, volledige en duidelijke informatie.', 120),
  ('luisteren_naar_de_burger', 'open_en_duidelijk', 'Luisteren naar de burger',
   'De overheid luistert echt en laat merken dat zij het verhaal heeft gehoord.', 130),
  ('goede_motivering', 'open_en_duidelijk', 'Goede motivering',
   'De overheid legt in begrijpelijke taal uit waarom zij iets besluit.', 140),
  ('respecteren_van_grondrechten', 'respectvol', 'Respecteren van grondrechten',
   'De overheid respecteert de grondrechten, zoals privacy en gelijke behandeling.', 210),
  ('bevorderen_actieve_deelname', 'respectvol', 'Bevorderen van actieve deelname door de burger',
   'De overheid betrekt mensen bij besluiten die hen raken.', 220),
  ('fatsoenlijke_bejegening', 'respectvol', 'Fatsoenlijke bejegening',
   'De overheid behandelt mensen beleefd en met respect.', 230),
  ('fair_play', 'respectvol', 'Fair play',
   'De overheid geeft mensen de kans hun standpunt naar voren te brengen en gebruikt geen trucs.', 240),
  ('evenredigheid', 'respectvol', 'Evenredigheid',
   'De gevolgen van een besluit staan in verhouding tot het doel.', 250),
  ('bijzondere_zorg', 'respectvol', 'Bijzondere zorg',
   'De overheid geeft extra zorg aan mensen die daar door hun situatie op aangewezen zijn.', 260),
  ('maatwerk', 'betrokken_en_oplossingsgericht', 'Maatwerk',
   'De overheid past regels toe met oog voor de situatie van deze persoon.', 310),
  ('samenwerking', 'betrokken_en_oplossingsgericht', 'Samenwerking',
   'Organisaties werken samen, zodat niemand van het kastje naar de muur wordt gestuurd.', 320),
  ('coulante_opstelling', 'betrokken_en_oplossingsgericht', 'Coulante opstelling',
   'De overheid is ruimhartig bij fouten en kleine vergissingen.', 330),
  ('voortvarendheid', 'betrokken_en_oplossingsgericht', 'Voortvarendheid',
   'De overheid handelt snel en houdt zich aan termijnen.', 340),
  ('de_escalatie', 'betrokken_en_oplossingsgericht', 'De-escalatie',
   'De overheid voorkomt dat een conflict groter wordt, bijvoorbeeld door een gesprek.', 350),
  ('integriteit', 'eerlijk_en_betrouwbaar', 'Integriteit',
   'De overheid handelt eerlijk en gebruikt haar bevoegdheden alleen voor het doel waarvoor ze zijn.', 410),
  ('betrouwbaarheid', 'eerlijk_en_betrouwbaar', 'Betrouwbaarheid',
   'De overheid doet wat zij belooft en houdt zich aan de wet en afspraken.', 420),
  ('onpartijdigheid', 'eerlijk_en_betrouwbaar', 'Onpartijdigheid',
   'De overheid kiest geen partij en laat zich niet leiden door vooroordelen.', 430),
  ('redelijkheid', 'eerlijk_en_betrouwbaar', 'Redelijkheid',
   'De overheid weegt alle belangen af en komt tot een redelijk oordeel.', 440),
  ('goede_voorbereiding', 'eerlijk_en_betrouwbaar', 'Goede voorbereiding',
   'De overheid verzamelt eerst alle feiten voordat zij besluit.', 450),
  ('goede_organisatie', 'eerlijk_en_betrouwbaar', 'Goede organisatie',
   'De overheid heeft haar zaken op orde: dossiers, systemen en werkprocessen.', 460),
  ('professionaliteit', 'eerlijk_en_betrouwbaar', 'Professionaliteit',
   'Medewerkers hebben de kennis en vaardigheden die het werk vraagt.', 470);

-- A sample drawn by a coordinator. frame holds the filter (camelCase JSON, see panel/sampling.ts);
-- the drawn decisions are in panel_sample_case: the stored sample is the truth.
CREATE TABLE panel_sample (
  municipality_code text NOT NULL REFERENCES municipality (code),
  id bigint GENERATED BY DEFAULT AS IDENTITY,
  title text NOT NULL,
  seed text NOT NULL,
  size integer NOT NULL,
  frame jsonb NOT NULL DEFAULT '{}',
  stratify_by text,
  allocation text,
  reviewers_per_case integer NOT NULL DEFAULT 1,
  frame_count integer NOT NULL,
  drawn_by integer NOT NULL REFERENCES app_user (id),
  drawn_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_panel_sample PRIMARY KEY (municipality_code, id),
  CONSTRAINT chk_panel_sample_size CHECK (size >= 1),
  CONSTRAINT chk_panel_sample_frame CHECK (jsonb_typeof(frame) = 'object'),
  CONSTRAINT chk_panel_sample_stratify CHECK (stratify_by IN ('law', 'outcome', 'theme', 'advisory_committee')),
  CONSTRAINT chk_panel_sample_allocation CHECK (
    (stratify_by IS NULL AND allocation IS NULL)
    OR (stratify_by IS NOT NULL AND allocation IN ('proportioneel', 'gelijk'))),
  CONSTRAINT chk_panel_sample_reviewers CHECK (reviewers_per_case IN (1, 2))
);

-- One drawn decision: its rank in the sample, its stratum ('alle' without stratification) and its
-- weight: decisions of its stratum in the frame ÷ decisions drawn from that stratum. A coordinator can
-- confirm a system error the panel found (confirmed_*): it then becomes a signal (panel_systeemfout).
CREATE TABLE panel_sample_case (
  municipality_code text NOT NULL,
  sample_id bigint NOT NULL,
  decision_id bigint NOT NULL,
  position integer NOT NULL,
  stratum text NOT NULL,
  weight numeric(14, 6) NOT NULL,
  confirmed_by integer REFERENCES app_user (id),
  confirmed_at timestamptz,
  confirmation_note text,
  CONSTRAINT pk_panel_sample_case PRIMARY KEY (municipality_code, sample_id, decision_id),
  CONSTRAINT fk_panel_sample_case_sample FOREIGN KEY (municipality_code, sample_id)
    REFERENCES panel_sample (municipality_code, id) ON DELETE CASCADE,
  CONSTRAINT fk_panel_sample_case_decision FOREIGN KEY (municipality_code, decision_id)
    REFERENCES objection_decision (municipality_code, id),
  CONSTRAINT chk_panel_sample_case_weight CHECK (weight > 0)
);
CREATE INDEX idx_panel_sample_case_decision ON panel_sample_case (municipality_code, decision_id);

-- Which member reviews which case (one or two per case); rewritten when the coordinator assigns again.
CREATE TABLE panel_assignment (
  municipality_code text NOT NULL,
  sample_id bigint NOT NULL,
  decision_id bigint NOT NULL,
  user_id integer NOT NULL REFERENCES app_user (id),
  CONSTRAINT pk_panel_assignment PRIMARY KEY (municipality_code, sample_id, decision_id, user_id),
  CONSTRAINT fk_panel_assignment_case FOREIGN KEY (municipality_code, sample_id, decision_id)
    REFERENCES panel_sample_case (municipality_code, sample_id, decision_id) ON DELETE CASCADE
);
CREATE INDEX idx_panel_assignment_user ON panel_assignment (user_id, municipality_code, sample_id);

-- A member's review of one case, saved field by field (NULL: not answered yet).
CREATE TABLE panel_review (
  municipality_code text NOT NULL,
  sample_id bigint NOT NULL,
  decision_id bigint NOT NULL,
  user_id integer NOT NULL REFERENCES app_user (id),
  system_error text,
  norm_codes text[] NOT NULL DEFAULT '{}',
  reasonable text,
  -- Redacted like every free text (etl/src/privacy).
  reasonable_explanation text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_panel_review PRIMARY KEY (municipality_code, sample_id, decision_id, user_id),
  CONSTRAINT fk_panel_review_case FOREIGN KEY (municipality_code, sample_id, decision_id)
    REFERENCES panel_sample_case (municipality_code, sample_id, decision_id) ON DELETE CASCADE,
  CONSTRAINT chk_panel_review_system_error CHECK (system_error IN ('ja', 'nee', 'onduidelijk')),
  CONSTRAINT chk_panel_review_reasonable CHECK (reasonable IN ('ja', 'nee', 'onduidelijk'))
);

-- The panel takes up an existing signal and adds its finding (redacted text).
CREATE TABLE panel_signal_finding (
  municipality_code text NOT NULL,
  id bigint GENERATED BY DEFAULT AS IDENTITY,
  signal_id bigint NOT NULL,
  sample_id bigint,
  finding text NOT NULL,
  created_by integer NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_panel_signal_finding PRIMARY KEY (municipality_code, id),
  CONSTRAINT fk_panel_signal_finding_signal FOREIGN KEY (municipality_code, signal_id)
    REFERENCES signal (municipality_code, id) ON DELETE CASCADE,
  CONSTRAINT fk_panel_signal_finding_sample FOREIGN KEY (municipality_code, sample_id)
    REFERENCES panel_sample (municipality_code, id) ON DELETE CASCADE
);
CREATE INDEX idx_panel_signal_finding_signal ON panel_signal_finding (municipality_code, signal_id);

INSERT INTO signal_rule (code, label, description, thresholds, sort_order) VALUES
  ('panel_systeemfout', 'Systeemfout gevonden door het burgerpanel',
   'Het burgerpanel vond in een steekproef van beslissingen op bezwaar een systeemfout en de coördinator heeft die bevestigd. Eén signaal per steekproef, wet en thema; de score is het aantal bevestigde systeemfouten.',
   '{}', 90);
