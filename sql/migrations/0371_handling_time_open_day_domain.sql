-- The open records by domain, without line and subject organisation: what handling_time_month_domain
-- (0300) is to the closed records. At 10 M records in the benchmark, one municipality's open complaints
-- of a year lie in 20,000 cells of handling_time_open_day but in 2,200 of these (line and organisation
-- split them ninefold); a handling-times answer by domain read the wide cells for 42 of its 65 ms of SQL
-- (docs/scaling.md, "Cold answers, fifth session"). Derived data like every rollup: refresh_rollups() and
-- apply_rollup_delta() (views/0400, 9000) write it; filled here from handling_time_open_day.
CREATE TABLE handling_time_open_day_domain (
  family text NOT NULL,
  day date NOT NULL,
  municipality_code text NOT NULL,
  import_id bigint NOT NULL,
  domain_code text NOT NULL,
  committee boolean NOT NULL,
  extended boolean NOT NULL,
  term_days integer NOT NULL,
  case_count integer NOT NULL,
  key_sum bigint NOT NULL,
  CONSTRAINT pk_handling_time_open_day_domain PRIMARY KEY (family, municipality_code, day, import_id, domain_code,
    committee, extended, term_days),
  CONSTRAINT chk_handling_time_open_day_domain_family CHECK (family IN ('klacht', 'bezwaar'))
);

INSERT INTO handling_time_open_day_domain
SELECT family, day, municipality_code, import_id, domain_code, committee, extended, term_days,
       sum(case_count)::integer, sum(key_sum)
FROM handling_time_open_day
GROUP BY family, municipality_code, day, import_id, domain_code, committee, extended, term_days
ORDER BY family, municipality_code, day, import_id, domain_code, committee, extended, term_days;
