-- Reference data: municipalities, population (denominator for rates), organisations, contracts,
-- the social-domain domains and the hierarchical theme taxonomy.
-- Small tables that every fact refers to; on a distributed PostgreSQL they become reference tables.

CREATE TABLE municipality (
  code text PRIMARY KEY,
  name text NOT NULL,
  region text,
  province text,
  CONSTRAINT chk_municipality_code CHECK (code ~ '^GM[0-9]{4}$')
);

CREATE TABLE municipality_population (
  municipality_code text NOT NULL REFERENCES municipality (code),
  year integer NOT NULL,
  population integer NOT NULL,
  clients integer,
  CONSTRAINT pk_municipality_population PRIMARY KEY (municipality_code, year),
  CONSTRAINT chk_municipality_population_positive CHECK (population > 0)
);

-- The social-domain areas of law; fixed vocabulary, labels are Dutch UI text.
CREATE TABLE domain (
  code text PRIMARY KEY,
  label text NOT NULL,
  law text,
  sort_order integer NOT NULL DEFAULT 0
);

CREATE TABLE organisation (
  id serial PRIMARY KEY,
  code text NOT NULL,
  name text NOT NULL,
  kind text NOT NULL,
  -- The municipality whose data set this organisation belongs to (NULL for national bodies).
  municipality_code text REFERENCES municipality (code),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT uq_organisation_code UNIQUE (code),
  CONSTRAINT chk_organisation_kind
    CHECK (kind IN ('gemeente', 'aanbieder', 'ombudsman', 'samenwerkingsverband'))
);

CREATE TABLE contract (
  id serial PRIMARY KEY,
  municipality_code text NOT NULL REFERENCES municipality (code),
  organisation_id integer NOT NULL REFERENCES organisation (id),
  domain_code text NOT NULL REFERENCES domain (code),
  reference text,
  starts_on date NOT NULL,
  ends_on date,
  -- Seed 003: providers report complaints by nature and cause every half year.
  half_year_report_required boolean NOT NULL DEFAULT true,
  CONSTRAINT chk_contract_period CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX idx_contract_organisation ON contract (organisation_id);
CREATE INDEX idx_contract_municipality ON contract (municipality_code);

-- domain -> theme -> subtheme; editable by the administrator. A theme without a domain (wachttijd,
-- bejegening, ...) applies to every domain; a subtheme has a parent theme.
CREATE TABLE theme (
  id serial PRIMARY KEY,
  code text NOT NULL,
  label text NOT NULL,
  domain_code text REFERENCES domain (code),
  parent_id integer REFERENCES theme (id),
  level text NOT NULL,
  description text,
  -- Words that suggest this theme in free text (explainable classifier).
  keywords text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0,
  CONSTRAINT uq_theme_code UNIQUE (code),
  CONSTRAINT chk_theme_level CHECK (level IN ('thema', 'subthema')),
  CONSTRAINT chk_theme_parent CHECK ((level = 'thema') = (parent_id IS NULL))
);
CREATE INDEX idx_theme_parent ON theme (parent_id);
