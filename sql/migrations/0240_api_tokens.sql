-- Personal API tokens for BI tools (Power BI, Excel, R, Python): a user creates one in the dashboard
-- ("API en koppelingen") and sees it once. Like user_session, only the SHA-256 of the token is stored,
-- so a copy of this table cannot be replayed; `prefix` (the first characters) lets the user recognise
-- a token in the list. A token acts as its user with the user's current role and municipality
-- (looked up on every request, so a deactivated user or a new role applies at once); it ends at
-- expires_at (at most a year after creation) or when revoked. docs/api.md.

CREATE TABLE api_token (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL,
  prefix text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz,
  CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
  CONSTRAINT chk_api_token_name CHECK (length(name) BETWEEN 1 AND 100),
  CONSTRAINT chk_api_token_expiry CHECK (expires_at > created_at AND expires_at <= created_at + interval '366 days')
);
CREATE INDEX idx_api_token_user ON api_token (user_id);
