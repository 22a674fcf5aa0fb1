-- Every committed change to data that the dashboard's aggregates read sends NOTIFY leerlus_data_changed.
-- The API caches aggregate answers and empties its cache on this notification (api/src/aggregate-cache),
-- whichever process made the change: the API itself, `npm run etl`, or an operator in psql.
-- NOTIFY is transactional: it is delivered at commit, never for a rolled-back import, and notifications
-- of one transaction are merged into one. Statement-level triggers cost one call per statement, not per row.
CREATE FUNCTION notify_data_changed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM pg_notify('leerlus_data_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'municipality', 'municipality_population', 'domain', 'organisation', 'contract', 'theme', 'import',
    'case_record', 'case_theme', 'objection_decision', 'provider_report', 'provider_report_line',
    'signal_rule', 'signal', 'case_record_daily', 'case_record_monthly', 'handling_time_daily',
    'case_outcome_daily']
  LOOP
    EXECUTE format(
      'CREATE TRIGGER trg_%1$s_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1$I '
      'FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed()', t);
  END LOOP;
END;
$$;
