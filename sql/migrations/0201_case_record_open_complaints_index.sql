-- The open complaints of a municipality by receipt day, for the view handling_time_open (views/0110):
-- every handling-times answer reads the open records from the facts (their age needs the receipt day
-- and their import's export date). Through idx_case_record_received a year of one municipality fetched
-- every record of that year to keep the open complaints (at 300,000 records: 31,799 heap rows for 2,227,
-- 635 of the statement's 719 ms; docs/scaling.md, "Narrow monthly rollups"). Partial, so it holds only
-- open complaints (about 7 % of the records) and an import writes it only for those.
CREATE INDEX idx_case_record_open_complaints ON case_record (municipality_code, received_on)
  WHERE kind = 'klacht' AND closed_on IS NULL;
