-- handling_time_month_domain keeps one row per cell with its duration histogram in arrays, as
-- handling_time_monthly does since 0390 (docs/scaling.md, "Rollup sizes, sixth session"). A cell (family,
-- month, municipality, domain, committee, extended, own term) held a row per duration: at 1 M records 141,627
-- rows (19 MB) for 4,249 cells.
--
-- A cell: durations (0..366, 366 = more than a year) in ascending order, each with its count and key sum at the
-- same position, no duration whose count and key sum are both 0; case_count is the cell's total, so an emptied
-- cell is deleted like any other rollup's (views/0400, rollup_write). The API unnests the arrays
-- (api/src/handling-times/handling-times.repository.ts).
CREATE TABLE handling_time_month_domain_cells (
  family text NOT NULL,
  month date NOT NULL,
  municipality_code text NOT NULL,
  domain_code text NOT NULL,
  committee boolean NOT NULL,
  extended boolean NOT NULL,
  term_days integer NOT NULL,
  case_count integer NOT NULL,
  duration_days smallint[] NOT NULL,
  duration_counts integer[] NOT NULL,
  duration_key_sums bigint[] NOT NULL,
  CONSTRAINT chk_handling_time_month_domain_family CHECK (family IN ('klacht', 'bezwaar')),
  CONSTRAINT chk_handling_time_month_domain_histogram CHECK (
    cardinality(duration_counts) = cardinality(duration_days)
    AND cardinality(duration_key_sums) = cardinality(duration_days))
);

INSERT INTO handling_time_month_domain_cells
SELECT family, month, municipality_code, domain_code, committee, extended, term_days, sum(case_count)::integer,
       array_agg(duration_days::smallint ORDER BY duration_days),
       array_agg(case_count ORDER BY duration_days),
       array_agg(key_sum ORDER BY duration_days)
FROM handling_time_month_domain
GROUP BY 1, 2, 3, 4, 5, 6, 7
ORDER BY 1, 2, 3, 4, 5, 6, 7;

DROP TABLE handling_time_month_domain;
ALTER TABLE handling_time_month_domain_cells RENAME TO handling_time_month_domain;
ALTER TABLE handling_time_month_domain ADD CONSTRAINT pk_handling_time_month_domain PRIMARY KEY (family, month,
  municipality_code, domain_code, committee, extended, term_days);
