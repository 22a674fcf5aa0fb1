-- Minimum evidence for the theme signal: a rise against a baseline below min_baseline records per
-- quarter (per organisation) is not a rise but a first appearance (docs/indicators/signals.md).
UPDATE signal_rule
   SET thresholds = thresholds || '{"min_baseline": 1}',
       description = description || ' Per organisatie moet de baseline gemiddeld minstens min_baseline meldingen per kwartaal zijn: een stijging vanaf (bijna) nul is geen signaal.',
       updated_at = now()
 WHERE code = 'thema_meerdere_organisaties' AND NOT thresholds ? 'min_baseline';
