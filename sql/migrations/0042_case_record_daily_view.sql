-- case_record_daily stops being a stored rollup and becomes a plain view over case_record
-- (sql/views/0100_case_record_daily.sql). Measured at 10 million records it held 9,994,566 rows (3.0 GB)
-- for 9,999,675 records: a municipality × day × eleven dimensions has room for nearly every record on
-- its own, so the table repeated the facts without summarising them, and rebuilding it was the largest
-- part of every rollup refresh. The view answers the same queries with the same numbers from the facts
-- and their indexes; case_record_monthly, which does summarise, is now built from it.
DROP TABLE case_record_daily;
