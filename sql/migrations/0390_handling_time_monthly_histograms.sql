-- handling_time_monthly keeps one row per cell with its histogram in arrays, instead of one row per cell and
-- duration (docs/scaling.md, "Rollup sizes, fifth session"). Its cells (line and subject organisation next to
-- the domain) hold about 11 closed records in 8 different durations at 1 M records, so a row per duration was
-- a row per 1.4 records: 344,963 rows and 68 MB at 1 M, against 43,879 cells and 16 MB now.
--
-- A cell: durations (0..366, 366 = more than a year) in ascending order, each with its count and key sum at the
-- same position, no duration whose count and key sum are both 0; case_count is the cell's total, so an emptied
-- cell is deleted like any other rollup's (views/0400, rollup_write). The API unnests the arrays
-- (api/src/handling-times/handling-times.repository.ts).
CREATE TABLE handling_time_monthly_cells (
  municipality_code text NOT NULL,
  family text NOT NULL,
  month date NOT NULL,
  domain_code text NOT NULL,
  line text NOT NULL,
  subject_organisation_id integer NOT NULL,
  committee boolean NOT NULL,
  extended boolean NOT NULL,
  term_days integer NOT NULL,
  case_count integer NOT NULL,
  duration_days smallint[] NOT NULL,
  duration_counts integer[] NOT NULL,
  duration_key_sums bigint[] NOT NULL,
  CONSTRAINT chk_handling_time_monthly_family CHECK (family IN ('klacht', 'bezwaar')),
  CONSTRAINT chk_handling_time_monthly_histogram CHECK (
    cardinality(duration_counts) = cardinality(duration_days)
    AND cardinality(duration_key_sums) = cardinality(duration_days))
);

INSERT INTO handling_time_monthly_cells
SELECT municipality_code, family, month, domain_code, line, subject_organisation_id, committee, extended, term_days,
       sum(case_count)::integer,
       array_agg(duration_days::smallint ORDER BY duration_days),
       array_agg(case_count ORDER BY duration_days),
       array_agg(key_sum ORDER BY duration_days)
FROM handling_time_monthly
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9;

DROP TABLE handling_time_monthly;
ALTER TABLE handling_time_monthly_cells RENAME TO handling_time_monthly;
ALTER TABLE handling_time_monthly ADD CONSTRAINT pk_handling_time_monthly PRIMARY KEY (municipality_code, family,
  month, domain_code, line, subject_organisation_id, committee, extended, term_days);
-- Region-wide questions (no municipality filter) by month, as before (0051).
CREATE INDEX idx_handling_time_monthly_month ON handling_time_monthly (family, month);
