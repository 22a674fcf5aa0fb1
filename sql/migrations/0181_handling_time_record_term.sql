-- The handling-time histograms keep each record's own term (term_days: from the source or, at import, from a
-- handling_norm, 0180), so "binnen termijn" in the handling-time readings uses it before the legal term, like
-- the thermometer (complaint_term_monthly) and the signal termijn_overschreden already do. 0 = no own term:
-- the legal term of the family applies (api/src/norms). Derived data: emptied here and refilled by
-- refresh_rollups() (sql/views/9100_fill_empty_rollups.sql), as in 0060.
TRUNCATE case_record_monthly, handling_time_daily, case_outcome_daily, handling_time_monthly,
  case_outcome_monthly, complaint_term_monthly;

ALTER TABLE handling_time_daily ADD COLUMN term_days integer NOT NULL;
ALTER TABLE handling_time_daily DROP CONSTRAINT pk_handling_time_daily;
ALTER TABLE handling_time_daily ADD CONSTRAINT pk_handling_time_daily PRIMARY KEY (municipality_code, family, day,
  domain_code, line, subject_organisation_id, committee, extended, closed, duration_days, term_days);

ALTER TABLE handling_time_monthly ADD COLUMN term_days integer NOT NULL;
ALTER TABLE handling_time_monthly DROP CONSTRAINT pk_handling_time_monthly;
ALTER TABLE handling_time_monthly ADD CONSTRAINT pk_handling_time_monthly PRIMARY KEY (municipality_code, family,
  month, domain_code, line, subject_organisation_id, committee, extended, duration_days, term_days);
