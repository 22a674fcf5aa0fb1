-- The API remembers a checked session for a few seconds (api/src/auth/session-cache.ts), so a dashboard's
-- requests do not each look it up. Every committed change that can end a session, or change what its
-- user may see, sends NOTIFY leerlus_sessions_changed, and every API process then forgets the sessions
-- it remembered: a logout in another process, a session deleted or shortened, a user deactivated,
-- deleted, or given another role or municipality (also by an operator in psql).
-- Duplicate notifications of one transaction are merged into one, so row-level triggers cost one
-- notification per transaction.
CREATE FUNCTION notify_sessions_changed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM pg_notify('leerlus_sessions_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

CREATE TRIGGER trg_app_user_sessions_changed
  AFTER UPDATE ON app_user
  FOR EACH ROW
  WHEN ((OLD.active, OLD.role, OLD.municipality_code, OLD.username, OLD.display_name)
        IS DISTINCT FROM (NEW.active, NEW.role, NEW.municipality_code, NEW.username, NEW.display_name))
  EXECUTE FUNCTION notify_sessions_changed();
CREATE TRIGGER trg_app_user_deleted AFTER DELETE ON app_user
  FOR EACH ROW EXECUTE FUNCTION notify_sessions_changed();
CREATE TRIGGER trg_app_user_truncated AFTER TRUNCATE ON app_user
  FOR EACH STATEMENT EXECUTE FUNCTION notify_sessions_changed();

-- A request marks its session as seen (last_seen_at forward, at most once a minute): the one routine
-- update, which cannot end a session. Any other change to a session row can.
CREATE TRIGGER trg_user_session_changed
  AFTER UPDATE ON user_session
  FOR EACH ROW
  WHEN (NEW.last_seen_at < OLD.last_seen_at OR NEW.expires_at < OLD.expires_at
        OR NEW.user_id <> OLD.user_id OR NEW.token_hash <> OLD.token_hash)
  EXECUTE FUNCTION notify_sessions_changed();
CREATE TRIGGER trg_user_session_deleted AFTER DELETE ON user_session
  FOR EACH ROW EXECUTE FUNCTION notify_sessions_changed();
CREATE TRIGGER trg_user_session_truncated AFTER TRUNCATE ON user_session
  FOR EACH STATEMENT EXECUTE FUNCTION notify_sessions_changed();
