-- Region twins of the case_month_* rollups that answer the dashboard's questions over every municipality
-- of the installation (the council's thermometer, theme x outcome for the region): the same cells summed
-- over the municipalities, so such a question reads a tenth of the cells in a region of ten (at 10 M
-- records in the benchmark, theme x outcome for a year read 49,000 cells for 410 answers;
-- docs/scaling.md, "Cold answers, fifth session"). Derived data: written with their twins by
-- apply_rollup_delta() and refresh_rollups() (views/0400, 9000; case_month_region_rollups() lists them)
-- and filled from their twins by views/9100 after this upgrade.
CREATE TABLE case_month_domain_region (
  month date NOT NULL,
  domain_code text NOT NULL,
  kind text NOT NULL,
  line text NOT NULL,
  case_count integer NOT NULL,
  closed_count integer NOT NULL,
  case_key_sum bigint NOT NULL,
  closed_key_sum bigint NOT NULL,
  CONSTRAINT pk_case_month_domain_region PRIMARY KEY (month, domain_code, kind, line)
);

CREATE TABLE case_month_theme_region (
  month date NOT NULL,
  domain_code text NOT NULL,
  kind text NOT NULL,
  theme_id integer NOT NULL,
  case_count integer NOT NULL,
  closed_count integer NOT NULL,
  case_key_sum bigint NOT NULL,
  closed_key_sum bigint NOT NULL,
  CONSTRAINT pk_case_month_theme_region PRIMARY KEY (month, domain_code, kind, theme_id)
);

CREATE TABLE case_month_theme_outcome_region (
  month date NOT NULL,
  theme_id integer NOT NULL,
  outcome text NOT NULL,
  case_count integer NOT NULL,
  closed_count integer NOT NULL,
  case_key_sum bigint NOT NULL,
  closed_key_sum bigint NOT NULL,
  CONSTRAINT pk_case_month_theme_outcome_region PRIMARY KEY (month, theme_id, outcome)
);
