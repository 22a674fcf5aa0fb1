-- An import that starts (its row inserted as 'pending' or 'running', committed on its own so that its
-- progress can be followed) changes no figure: its records commit with its end. Until now that insert
-- sent leerlus_data_changed, so every API emptied its answer cache at the start of every import and
-- recomputed its users' questions while the import competed for the cores (docs/scaling.md). The start
-- no longer notifies; the end (the UPDATE to succeeded or failed), a finished row inserted at once
-- ('duplicate') and every other change still do.
DROP TRIGGER trg_import_data_changed ON import;

CREATE TRIGGER trg_import_data_changed AFTER UPDATE OR DELETE OR TRUNCATE ON import
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();

CREATE TRIGGER trg_import_finished_data_changed AFTER INSERT ON import
  FOR EACH ROW WHEN (NEW.status NOT IN ('pending', 'running')) EXECUTE FUNCTION notify_data_changed();
