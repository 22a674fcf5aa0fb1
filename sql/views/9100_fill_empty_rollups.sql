-- Fills the rollup tables when they are empty while there are facts: once after the upgrade that turned
-- the materialized views into tables (migrations/0040 creates them empty), and after a restore of the
-- facts without their rollups. Runs when this file or an earlier view file changed; otherwise a no-op.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM case_record_monthly) AND NOT EXISTS (SELECT 1 FROM handling_time_daily)
     AND (EXISTS (SELECT 1 FROM case_record) OR EXISTS (SELECT 1 FROM objection_decision)) THEN
    PERFORM refresh_rollups();
  END IF;
END;
$$;
