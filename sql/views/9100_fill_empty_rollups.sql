-- Fills the rollup tables when they are empty while there are facts: once after the upgrade that turned
-- the materialized views into tables (migrations/0040 creates them empty), once after the upgrades that
-- added the monthly indicator rollups (0051), the narrow case_month_* rollups (0200), the narrow
-- indicator rollups (0300) and the chain's answers per period (0361), and after a restore of the facts without their rollups. The views
-- handling_time_daily and case_outcome_daily (views/0410) tell which facts exist. Runs when this file or an
-- earlier view file changed; otherwise a no-op. A rollup that is merely partly filled is left alone. The twins
-- summed from other rollups (the open records by domain, 0371; the region twins, 0372) are filled from those
-- when only they are empty.
DO $$
BEGIN
  IF (EXISTS (SELECT 1 FROM case_record) AND NOT EXISTS (SELECT 1 FROM case_month_domain))
     OR (EXISTS (SELECT 1 FROM case_outcome_daily) AND (NOT EXISTS (SELECT 1 FROM outcome_month_line)
         OR NOT EXISTS (SELECT 1 FROM outcome_month_subject) OR NOT EXISTS (SELECT 1 FROM outcome_month_theme)))
     OR (EXISTS (SELECT 1 FROM handling_time_daily WHERE closed)
         AND (NOT EXISTS (SELECT 1 FROM handling_time_monthly)
              OR NOT EXISTS (SELECT 1 FROM handling_time_month_domain)))
     OR (EXISTS (SELECT 1 FROM handling_time_daily WHERE NOT closed)
         AND NOT EXISTS (SELECT 1 FROM handling_time_open_day))
     OR (EXISTS (SELECT 1 FROM case_record WHERE kind = 'klacht' AND closed_on IS NOT NULL)
         AND NOT EXISTS (SELECT 1 FROM complaint_term_monthly))
     OR (EXISTS (SELECT 1 FROM case_record WHERE kind = 'klacht' AND subject_key IS NOT NULL)
         AND NOT EXISTS (SELECT 1 FROM complaint_citizen_day))
     OR (EXISTS (SELECT 1 FROM case_month_theme) AND NOT EXISTS (SELECT 1 FROM case_month_theme_outcome)) THEN
    PERFORM refresh_rollups();
  ELSE
    IF EXISTS (SELECT 1 FROM case_month_domain)
       AND (NOT EXISTS (SELECT 1 FROM case_month_domain_region) OR NOT EXISTS (SELECT 1 FROM case_month_theme_region)
            OR NOT EXISTS (SELECT 1 FROM case_month_theme_outcome_region)) THEN
      -- Only the region twins are missing (the upgrade to 0372): summed from their twins.
      PERFORM refresh_region_rollups(NULL, NULL);
    END IF;
    IF EXISTS (SELECT 1 FROM handling_time_open_day) AND NOT EXISTS (SELECT 1 FROM handling_time_open_day_domain) THEN
      -- Only the open records by domain are missing: summed from handling_time_open_day.
      PERFORM refresh_open_day_domain(NULL, NULL, NULL);
    END IF;
  END IF;
  IF EXISTS (SELECT 1 FROM complaint_citizen_day WHERE line IN (SELECT from_line FROM chain_steps()))
     AND NOT EXISTS (SELECT 1 FROM chain_period_step) THEN
    -- Only the chain's answers are missing (the upgrade to 0361): computed from complaint_citizen_day alone.
    PERFORM refresh_chain_periods(NULL);
  END IF;
END;
$$;
