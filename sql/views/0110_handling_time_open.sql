-- handling_time_open: complaints and objections still open in the data, with the date they were known
-- to be open: the export date of the import that last wrote them (import.exported_on, else the day it
-- was loaded). Their age is measured to that date, not to today: a record open in a January export may
-- have been closed since (docs/indicators/handling-times.md). Read from the rollup
-- handling_time_open_day (migrations/0300): open records per receipt day, import and the columns of
-- handling_time_daily; key_sum is the sum of their cell keys (docs/security.md, cell-key perturbation).
CREATE OR REPLACE VIEW handling_time_open AS
SELECT h.municipality_code, h.family, h.day, h.domain_code, h.line, h.subject_organisation_id, h.committee,
       h.extended, false AS closed, coalesce(i.exported_on, i.created_at::date) AS as_of, h.case_count,
       h.key_sum, h.term_days
FROM handling_time_open_day h
JOIN import i ON i.id = h.import_id;

-- handling_time_open_domain: the same records by domain only, from handling_time_open_day_domain
-- (migrations/0371): for the answers that neither break down nor filter by line or subject organisation.
CREATE OR REPLACE VIEW handling_time_open_domain AS
SELECT h.municipality_code, h.family, h.day, h.domain_code, h.committee, h.extended, false AS closed,
       coalesce(i.exported_on, i.created_at::date) AS as_of, h.case_count, h.key_sum, h.term_days
FROM handling_time_open_day_domain h
JOIN import i ON i.id = h.import_id;
