-- Severity and urgency of a signal (docs/indicators/signals.md, "Ernst en urgent"); refresh_signals()
-- (0300_signals.sql) stores both with every signal it computes.
--
-- signal_deviation(): the size of the deviation per rule, one documented number:
--   thema_meerdere_organisaties  count / baseline (how many times the baseline, all organisations together)
--   escalatie_tweede_lijn        escalations / formally closed complaints (NULL without formal complaints)
--   every other rule             the score (citizens, share, difference in share, days late, confirmed errors)
DROP FUNCTION IF EXISTS signal_deviation(text, numeric, jsonb);
CREATE FUNCTION signal_deviation(p_rule_code text, p_score numeric, p_evidence jsonb)
RETURNS numeric
LANGUAGE sql IMMUTABLE
AS $$
  SELECT CASE p_rule_code
    WHEN 'thema_meerdere_organisaties'
      THEN (p_evidence->>'count')::numeric / nullif((p_evidence->>'baseline')::numeric, 0)
    WHEN 'escalatie_tweede_lijn' THEN (p_evidence->>'rate')::numeric
    ELSE p_score
  END
$$;

-- signal_severity(): 'hoog' from the rule's severity_hoog, 'midden' from severity_midden, else 'laag'
-- (also when the deviation cannot be measured or the rule has no bands).
DROP FUNCTION IF EXISTS signal_severity(text, numeric, jsonb, jsonb);
CREATE FUNCTION signal_severity(p_rule_code text, p_score numeric, p_evidence jsonb, p_thresholds jsonb)
RETURNS text
LANGUAGE sql IMMUTABLE
AS $$
  SELECT CASE
    WHEN d IS NULL THEN 'laag'
    WHEN d >= (p_thresholds->>'severity_hoog')::numeric THEN 'hoog'
    WHEN d >= (p_thresholds->>'severity_midden')::numeric THEN 'midden'
    ELSE 'laag'
  END
  FROM (SELECT signal_deviation(p_rule_code, p_score, p_evidence) AS d) x
$$;

-- signal_is_urgent(): a 'hoog' signal that is recent: its period (for a provider report: its due date)
-- ended at most half a year before the reference date, or still runs. An old pattern is serious but
-- no longer news for the college.
DROP FUNCTION IF EXISTS signal_is_urgent(text, date, jsonb, date);
CREATE FUNCTION signal_is_urgent(p_severity text, p_period_end date, p_evidence jsonb, p_as_of date)
RETURNS boolean
LANGUAGE sql IMMUTABLE
AS $$
  SELECT p_severity = 'hoog' AND coalesce((p_evidence->>'dueOn')::date, p_period_end) >= p_as_of - 183
$$;
