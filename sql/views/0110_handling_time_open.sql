-- handling_time_open: complaints and objections still open in the data, one row per record, with the
-- date they were known to be open: the export date of the import that last wrote them
-- (import.exported_on, else the day it was loaded). Their age is measured to that date, not to today:
-- a record open in a January export may have been closed since (docs/indicators/handling-times.md).
-- Same columns as handling_time_daily (sql/migrations/0040, 0181), plus as_of; key_sum is the record's
-- cell key (docs/security.md, cell-key perturbation).
CREATE OR REPLACE VIEW handling_time_open AS
SELECT c.municipality_code, 'klacht'::text AS family, c.received_on AS day, c.domain_code, c.line,
       coalesce(c.subject_organisation_id, 0) AS subject_organisation_id, c.external_committee AS committee,
       c.extended, false AS closed, coalesce(i.exported_on, i.created_at::date) AS as_of, 1 AS case_count,
       c.record_key::bigint AS key_sum, coalesce(c.term_days, 0) AS term_days
FROM case_record c
JOIN import i ON i.id = c.import_id
WHERE c.kind = 'klacht' AND c.closed_on IS NULL
UNION ALL
SELECT o.municipality_code, 'bezwaar', o.objection_received_on, o.domain_code, 'bezwaar', 0,
       o.advisory_committee, o.extended, false, coalesce(i.exported_on, i.created_at::date), 1,
       o.record_key::bigint, 0
FROM objection_decision o
JOIN import i ON i.id = o.import_id
WHERE o.decided_on IS NULL;
