-- complaint_term_monthly keeps one row per cell with its histogram of days over the term in arrays, as
-- handling_time_monthly does since 0390 (docs/scaling.md, "Rollup sizes, sixth session"). A cell (month of
-- closing, municipality, domain, line, own term, committee, extension) held a row per overrun: at 1 M records
-- 80,412 rows (13 MB) for 12,307 cells.
--
-- A cell: overruns (0..366, the columns of the term rule as in 0300) in ascending order, each with its count
-- and key sum at the same position, no overrun whose count and key sum are both 0; case_count is the cell's
-- total, so an emptied cell is deleted like any other rollup's (views/0400, rollup_write). The thermometer
-- unnests the arrays (api/src/thermometer/thermometer.repository.ts).
CREATE TABLE complaint_term_monthly_cells (
  closed_month date NOT NULL,
  municipality_code text NOT NULL,
  domain_code text NOT NULL,
  line text NOT NULL,
  has_source_term boolean NOT NULL,
  committee boolean NOT NULL,
  extension_days integer NOT NULL,
  case_count integer NOT NULL,
  overrun_days smallint[] NOT NULL,
  overrun_counts integer[] NOT NULL,
  overrun_key_sums bigint[] NOT NULL,
  CONSTRAINT chk_complaint_term_monthly_histogram CHECK (
    cardinality(overrun_counts) = cardinality(overrun_days)
    AND cardinality(overrun_key_sums) = cardinality(overrun_days))
);

INSERT INTO complaint_term_monthly_cells
SELECT closed_month, municipality_code, domain_code, line, has_source_term, committee, extension_days,
       sum(case_count)::integer,
       array_agg(overrun_days::smallint ORDER BY overrun_days),
       array_agg(case_count ORDER BY overrun_days),
       array_agg(key_sum ORDER BY overrun_days)
FROM complaint_term_monthly
GROUP BY 1, 2, 3, 4, 5, 6, 7
ORDER BY 1, 2, 3, 4, 5, 6, 7;

DROP TABLE complaint_term_monthly;
ALTER TABLE complaint_term_monthly_cells RENAME TO complaint_term_monthly;
ALTER TABLE complaint_term_monthly ADD CONSTRAINT pk_complaint_term_monthly PRIMARY KEY (closed_month,
  municipality_code, domain_code, line, has_source_term, committee, extension_days);
