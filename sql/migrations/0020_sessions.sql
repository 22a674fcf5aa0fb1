-- Login sessions. The cookie holds an opaque random token; only its SHA-256 hash is stored, so a
-- copy of this table cannot be replayed. Sessions end after 8 h idle (last_seen_at, enforced by the
-- API) or at expires_at (absolute, 24 h after login), whichever comes first.

CREATE TABLE user_session (
  token_hash text PRIMARY KEY,
  user_id integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_user_session_user ON user_session (user_id);
CREATE INDEX idx_user_session_expires ON user_session (expires_at);
