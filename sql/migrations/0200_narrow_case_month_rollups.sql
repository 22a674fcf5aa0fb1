-- Narrow monthly rollups of case records instead of case_record_monthly's grouping sets (issue 20,
-- docs/scaling.md "Narrow monthly rollups").
--
-- case_record_monthly kept 22 grouping sets in one wide table: every row carried all eleven dimension
-- columns in its primary key, and at 300,000 records it held 1.03 million rows (266 MB, twice the fact
-- table). Here each family of dashboard questions gets its own table per municipality × month × the
-- two to four columns it groups or filters on; a table answers every subset of its columns by summing
-- (the API picks the first table of CASE_MONTH_ROLLUPS in api/src/metrics/catalog.ts that holds every
-- column a question uses, and reads the facts through the view case_record_daily otherwise).
--
-- Every table has the same measures as case_record_monthly had: records and closed records with the
-- sums of their record keys (cell-key perturbation, migrations/0060). Sentinels instead of NULL as in
-- the view case_record_daily: 0 for no theme or organisation, '' for no neighbourhood.
-- apply_rollup_delta() and refresh_rollups() write them (sql/views/0400, 9000); 9100 fills them once
-- after this upgrade. The list of tables and their columns is case_month_rollups() in views/0400.
DROP TABLE case_record_monthly;

-- Totals, domain, kind, line and their pairs: the most common questions, a few dozen cells a month.
CREATE TABLE case_month_domain (
  municipality_code text NOT NULL,
  month date NOT NULL,
  domain_code text NOT NULL,
  kind text NOT NULL,
  line text NOT NULL,
  case_count integer NOT NULL,
  closed_count integer NOT NULL,
  case_key_sum bigint NOT NULL,
  closed_key_sum bigint NOT NULL,
  CONSTRAINT pk_case_month_domain PRIMARY KEY (municipality_code, month, domain_code, kind, line)
);

-- Source and subject organisation, by domain and line (a line mostly fixes the source).
CREATE TABLE case_month_organisation (
  municipality_code text NOT NULL,
  month date NOT NULL,
  domain_code text NOT NULL,
  line text NOT NULL,
  source_organisation_id integer NOT NULL,
  subject_organisation_id integer NOT NULL,
  case_count integer NOT NULL,
  closed_count integer NOT NULL,
  case_key_sum bigint NOT NULL,
  closed_key_sum bigint NOT NULL,
  CONSTRAINT pk_case_month_organisation PRIMARY KEY (municipality_code, month, domain_code, line,
    source_organisation_id, subject_organisation_id)
);

-- Themes (and subthemes: theme_id is the record's own theme) by domain and kind: the theme pages, the
-- thermometer and the waiting-time complaints (kind 'klacht').
CREATE TABLE case_month_theme (
  municipality_code text NOT NULL,
  month date NOT NULL,
  domain_code text NOT NULL,
  kind text NOT NULL,
  theme_id integer NOT NULL,
  case_count integer NOT NULL,
  closed_count integer NOT NULL,
  case_key_sum bigint NOT NULL,
  closed_key_sum bigint NOT NULL,
  CONSTRAINT pk_case_month_theme PRIMARY KEY (municipality_code, month, domain_code, kind, theme_id)
);

-- Outcomes by domain and theme.
CREATE TABLE case_month_outcome (
  municipality_code text NOT NULL,
  month date NOT NULL,
  domain_code text NOT NULL,
  theme_id integer NOT NULL,
  outcome text NOT NULL,
  case_count integer NOT NULL,
  closed_count integer NOT NULL,
  case_key_sum bigint NOT NULL,
  closed_key_sum bigint NOT NULL,
  CONSTRAINT pk_case_month_outcome PRIMARY KEY (municipality_code, month, domain_code, theme_id, outcome)
);

-- A theme by one more dimension: the breakdowns of the theme page (one dimension, filtered on a theme).
CREATE TABLE case_month_theme_channel (
  municipality_code text NOT NULL,
  month date NOT NULL,
  theme_id integer NOT NULL,
  channel text NOT NULL,
  case_count integer NOT NULL,
  closed_count integer NOT NULL,
  case_key_sum bigint NOT NULL,
  closed_key_sum bigint NOT NULL,
  CONSTRAINT pk_case_month_theme_channel PRIMARY KEY (municipality_code, month, theme_id, channel)
);

CREATE TABLE case_month_theme_complainant (
  municipality_code text NOT NULL,
  month date NOT NULL,
  theme_id integer NOT NULL,
  complainant_type text NOT NULL,
  case_count integer NOT NULL,
  closed_count integer NOT NULL,
  case_key_sum bigint NOT NULL,
  closed_key_sum bigint NOT NULL,
  CONSTRAINT pk_case_month_theme_complainant PRIMARY KEY (municipality_code, month, theme_id, complainant_type)
);

CREATE TABLE case_month_theme_neighbourhood (
  municipality_code text NOT NULL,
  month date NOT NULL,
  theme_id integer NOT NULL,
  neighbourhood_code text NOT NULL,
  case_count integer NOT NULL,
  closed_count integer NOT NULL,
  case_key_sum bigint NOT NULL,
  closed_key_sum bigint NOT NULL,
  CONSTRAINT pk_case_month_theme_neighbourhood PRIMARY KEY (municipality_code, month, theme_id,
    neighbourhood_code)
);

CREATE TABLE case_month_theme_subject (
  municipality_code text NOT NULL,
  month date NOT NULL,
  theme_id integer NOT NULL,
  subject_organisation_id integer NOT NULL,
  case_count integer NOT NULL,
  closed_count integer NOT NULL,
  case_key_sum bigint NOT NULL,
  closed_key_sum bigint NOT NULL,
  CONSTRAINT pk_case_month_theme_subject PRIMARY KEY (municipality_code, month, theme_id,
    subject_organisation_id)
);

-- Records per source organisation and import, by month of receipt: what source_month_coverage()
-- (views/0200) needs (a source's first month, and the imports that delivered its records), so every
-- cold dashboard answer no longer scans case_record for its coverage note. Not a navigator rollup.
CREATE TABLE case_month_source_import (
  municipality_code text NOT NULL,
  month date NOT NULL,
  source_organisation_id integer NOT NULL,
  import_id bigint NOT NULL,
  case_count integer NOT NULL,
  closed_count integer NOT NULL,
  case_key_sum bigint NOT NULL,
  closed_key_sum bigint NOT NULL,
  CONSTRAINT pk_case_month_source_import PRIMARY KEY (municipality_code, month, source_organisation_id,
    import_id)
);
