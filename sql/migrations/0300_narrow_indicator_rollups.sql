-- Narrow rollups for the indicator families that were still slower cold than a GROUP BY on the facts
-- (issue 20; docs/scaling.md, "Narrow indicator rollups"). As in 0200, each family of questions gets a
-- table per month × the few columns it groups or filters on, and the API reads the first (smallest)
-- that holds every column a question uses. Derived data: refresh_rollups() and apply_rollup_delta()
-- (sql/views/0400, 9000) write them; sql/views/9100 fills them once after this upgrade.
--
-- Keys lead with (family,) month, municipality_code: a region-wide question reads one range of months,
-- one municipality's a range with its rows side by side (refresh_rollups() writes cells in key order).

-- Outcomes and the chain's counts, instead of case_outcome_monthly (all nine columns in one key: at
-- 1 million records most records were a cell of their own). The outcome is not a key column: every
-- table counts the records, those judged gegrond, deels gegrond and ongegrond (what the outcome
-- indicators publish: decided and upheld are sums of these, api/src/outcomes/outcomes.catalog.ts) and
-- the ombudsman's recommendations (made, followed, not followed), each count with its key sum (0060).
-- A question by outcome code reads case_outcome_daily, which keeps it.
-- outcome_month_rollups() in views/0400 lists them, OUTCOME_MONTH_ROLLUPS in api/src/outcomes likewise.
DROP TABLE case_outcome_monthly;

-- Domain, line, route and law: the outcomes by domain, line or law, and the chain's stages.
CREATE TABLE outcome_month_line (
  family text NOT NULL,
  month date NOT NULL,
  municipality_code text NOT NULL,
  domain_code text NOT NULL,
  line text NOT NULL,
  route text NOT NULL,
  law text NOT NULL,
  case_count integer NOT NULL,
  gegrond_count integer NOT NULL,
  deels_gegrond_count integer NOT NULL,
  ongegrond_count integer NOT NULL,
  recommendation_made_count integer NOT NULL,
  recommendation_followed_count integer NOT NULL,
  recommendation_not_followed_count integer NOT NULL,
  case_key_sum bigint NOT NULL,
  gegrond_key_sum bigint NOT NULL,
  deels_gegrond_key_sum bigint NOT NULL,
  ongegrond_key_sum bigint NOT NULL,
  recommendation_made_key_sum bigint NOT NULL,
  recommendation_followed_key_sum bigint NOT NULL,
  recommendation_not_followed_key_sum bigint NOT NULL,
  CONSTRAINT pk_outcome_month_line PRIMARY KEY (family, month, municipality_code, domain_code, line, route, law),
  CONSTRAINT chk_outcome_month_line_family CHECK (family IN ('klacht', 'bezwaar'))
);

-- The subject organisation, by domain, line and law.
CREATE TABLE outcome_month_subject (
  family text NOT NULL,
  month date NOT NULL,
  municipality_code text NOT NULL,
  domain_code text NOT NULL,
  line text NOT NULL,
  subject_organisation_id integer NOT NULL,
  law text NOT NULL,
  case_count integer NOT NULL,
  gegrond_count integer NOT NULL,
  deels_gegrond_count integer NOT NULL,
  ongegrond_count integer NOT NULL,
  recommendation_made_count integer NOT NULL,
  recommendation_followed_count integer NOT NULL,
  recommendation_not_followed_count integer NOT NULL,
  case_key_sum bigint NOT NULL,
  gegrond_key_sum bigint NOT NULL,
  deels_gegrond_key_sum bigint NOT NULL,
  ongegrond_key_sum bigint NOT NULL,
  recommendation_made_key_sum bigint NOT NULL,
  recommendation_followed_key_sum bigint NOT NULL,
  recommendation_not_followed_key_sum bigint NOT NULL,
  CONSTRAINT pk_outcome_month_subject PRIMARY KEY (family, month, municipality_code, domain_code, line,
    subject_organisation_id, law),
  CONSTRAINT chk_outcome_month_subject_family CHECK (family IN ('klacht', 'bezwaar'))
);

-- The theme, by domain and law.
CREATE TABLE outcome_month_theme (
  family text NOT NULL,
  month date NOT NULL,
  municipality_code text NOT NULL,
  domain_code text NOT NULL,
  theme_id integer NOT NULL,
  law text NOT NULL,
  case_count integer NOT NULL,
  gegrond_count integer NOT NULL,
  deels_gegrond_count integer NOT NULL,
  ongegrond_count integer NOT NULL,
  recommendation_made_count integer NOT NULL,
  recommendation_followed_count integer NOT NULL,
  recommendation_not_followed_count integer NOT NULL,
  case_key_sum bigint NOT NULL,
  gegrond_key_sum bigint NOT NULL,
  deels_gegrond_key_sum bigint NOT NULL,
  ongegrond_key_sum bigint NOT NULL,
  recommendation_made_key_sum bigint NOT NULL,
  recommendation_followed_key_sum bigint NOT NULL,
  recommendation_not_followed_key_sum bigint NOT NULL,
  CONSTRAINT pk_outcome_month_theme PRIMARY KEY (family, month, municipality_code, domain_code, theme_id, law),
  CONSTRAINT chk_outcome_month_theme_family CHECK (family IN ('klacht', 'bezwaar'))
);

-- Handling times of closed records by domain only: the duration histogram (whole days, 366 = more than
-- a year) with what the term rule needs (committee, extension, the record's own term). Medians and
-- percentiles are read off the summed counts, exactly (api/src/handling-times/histogram.ts); questions
-- by line or subject organisation read handling_time_monthly, which keeps both.
CREATE TABLE handling_time_month_domain (
  family text NOT NULL,
  month date NOT NULL,
  municipality_code text NOT NULL,
  domain_code text NOT NULL,
  committee boolean NOT NULL,
  extended boolean NOT NULL,
  term_days integer NOT NULL,
  duration_days integer NOT NULL,
  case_count integer NOT NULL,
  key_sum bigint NOT NULL,
  CONSTRAINT pk_handling_time_month_domain PRIMARY KEY (family, month, municipality_code, domain_code, committee,
    extended, term_days, duration_days),
  CONSTRAINT chk_handling_time_month_domain_family CHECK (family IN ('klacht', 'bezwaar')),
  CONSTRAINT chk_handling_time_month_domain_duration CHECK (duration_days BETWEEN 0 AND 366)
);

-- The thermometer's closed complaints by month of closing only. 0051 kept the month of receipt in the
-- key so refresh_rollups() could slice it like the others (three to four times the cells); it now
-- recomputes every month of closing from the first month of its slice on (records received in the
-- slice close in or after it), and an import's delta is added cell by cell as before. overrun_days is
-- also kept at 0 and up: every term and extension is at least 0, so a record closed before its term is
-- within it under any norm (the rule of 0051 gives the same answer), and those records share cells.
DROP TABLE complaint_term_monthly;
CREATE TABLE complaint_term_monthly (
  closed_month date NOT NULL,
  municipality_code text NOT NULL,
  domain_code text NOT NULL,
  line text NOT NULL,
  has_source_term boolean NOT NULL,
  committee boolean NOT NULL,
  extension_days integer NOT NULL,
  overrun_days integer NOT NULL,
  case_count integer NOT NULL,
  key_sum bigint NOT NULL,
  CONSTRAINT pk_complaint_term_monthly PRIMARY KEY (closed_month, municipality_code, domain_code, line,
    has_source_term, committee, extension_days, overrun_days)
);

-- The chain's distinct citizens: complaints per pseudonym × line × day of receipt × domain. Distinct
-- citizens are not additive over cells, so the chain counts them here (count of distinct subject_key)
-- and follows them from one line to the next within a window of days, exactly, without reading the
-- wide fact rows. A count per cell keeps it additive for the import's delta (a cell is gone at 0).
CREATE TABLE complaint_citizen_day (
  municipality_code text NOT NULL,
  line text NOT NULL,
  day date NOT NULL,
  domain_code text NOT NULL,
  subject_key text NOT NULL,
  case_count integer NOT NULL,
  CONSTRAINT pk_complaint_citizen_day PRIMARY KEY (municipality_code, line, day, domain_code, subject_key)
);

-- A theme by outcome (the table theme × outcome), without the domain that case_month_outcome keeps:
-- a sixth of its cells. Its key leads with the month, so a region-wide year is one range of the key
-- (the columns keep the order of the other case_month_* rollups, which one aggregation writes).
CREATE TABLE case_month_theme_outcome (
  municipality_code text NOT NULL,
  month date NOT NULL,
  theme_id integer NOT NULL,
  outcome text NOT NULL,
  case_count integer NOT NULL,
  closed_count integer NOT NULL,
  case_key_sum bigint NOT NULL,
  closed_key_sum bigint NOT NULL,
  CONSTRAINT pk_case_month_theme_outcome PRIMARY KEY (month, municipality_code, theme_id, outcome)
);

-- The records still open in the data (complaints without a closing date, objections without a
-- decision) per receipt day and the import that last wrote them, whose export date is the day they
-- were known to be open (the view handling_time_open, views/0110, ages them to it). Every handling-time
-- answer read them from case_record, a heap page per open record.
CREATE TABLE handling_time_open_day (
  family text NOT NULL,
  day date NOT NULL,
  municipality_code text NOT NULL,
  import_id bigint NOT NULL,
  domain_code text NOT NULL,
  line text NOT NULL,
  subject_organisation_id integer NOT NULL,
  committee boolean NOT NULL,
  extended boolean NOT NULL,
  term_days integer NOT NULL,
  case_count integer NOT NULL,
  key_sum bigint NOT NULL,
  CONSTRAINT pk_handling_time_open_day PRIMARY KEY (family, day, municipality_code, import_id, domain_code, line,
    subject_organisation_id, committee, extended, term_days),
  CONSTRAINT chk_handling_time_open_day_family CHECK (family IN ('klacht', 'bezwaar'))
);

-- The cells of a few themes over a range of months in every municipality (the thermometer's waiting-time
-- complaints: the theme wachttijd and its subthemes), without reading every theme's cells.
CREATE INDEX idx_case_month_theme_theme ON case_month_theme (theme_id, month);
