-- Users, roles and the audit log. Passwords are argon2id hashes; the audit log is append-only.

CREATE TABLE app_user (
  id serial PRIMARY KEY,
  username text NOT NULL,
  display_name text NOT NULL,
  password_hash text,
  role text NOT NULL,
  -- NULL: all municipalities in this installation.
  municipality_code text REFERENCES municipality (code),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT uq_app_user_username UNIQUE (username),
  CONSTRAINT chk_app_user_role CHECK (role IN ('raad', 'panel', 'college', 'beleid', 'beheer'))
);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  user_id integer REFERENCES app_user (id),
  username text,
  role text,
  action text NOT NULL,
  entity text,
  entity_id text,
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX idx_audit_log_occurred ON audit_log (occurred_at);
CREATE INDEX idx_audit_log_user ON audit_log (user_id, occurred_at);

CREATE FUNCTION forbid_audit_log_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trg_audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION forbid_audit_log_change();
