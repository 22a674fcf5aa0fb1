-- The handling times of one municipality read its open records for a range of receipt days (the view
-- handling_time_open). The primary key leads with the day, so at 10 M records (371,000 open cells in the
-- benchmark) the planner scanned the whole table for one municipality's year: 60 ms of a 105 ms answer.
-- With this index it reads that municipality's 20,000 cells (answer 70 ms; 3 MB against the key's 35 MB).
CREATE INDEX idx_handling_time_open_day_municipality ON handling_time_open_day (family, municipality_code, day);
