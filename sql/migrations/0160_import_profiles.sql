-- Source profiles as data (issue 13): made or uploaded in the dashboard, kept with every revision. A
-- save that changes the profile's settings adds a revision; uploads and the CLI use the newest one.
-- `version` is the settings hash that is part of an import's identity (0095), `yaml` the text as saved.
CREATE TABLE import_profile (
  name text NOT NULL,
  revision integer NOT NULL,
  label text NOT NULL,
  target text NOT NULL,
  version text NOT NULL,
  yaml text NOT NULL,
  saved_by text NOT NULL,
  saved_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_import_profile PRIMARY KEY (name, revision),
  CONSTRAINT chk_import_profile_name CHECK (name ~ '^[a-z0-9-]+$'),
  CONSTRAINT chk_import_profile_revision CHECK (revision >= 1)
);
