-- handling_time_daily and case_outcome_daily become views over the facts (sql/views/0410), as
-- case_record_daily did in 0042. At 1 million records they held a cell per record (533,303 and 547,888
-- rows, 268 MB together, two thirds of case_record's 392 MB), every import's delta wrote a cell per
-- record into each, and they only answer what no monthly rollup can: weeks, part months, line × theme
-- (docs/scaling.md, "Narrow indicator rollups").
DROP TABLE handling_time_daily;
DROP TABLE case_outcome_daily;

-- The data-changed notification (0041) fired on the dropped tables whenever refresh_rollups() or an
-- import's delta wrote them. case_month_domain takes it over (both write it in every call, and a
-- statement trigger fires even when no row changes), so a refresh alone still empties the API's
-- answer cache.
CREATE TRIGGER trg_case_month_domain_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON case_month_domain
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
