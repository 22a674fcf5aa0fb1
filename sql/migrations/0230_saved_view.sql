-- Saved views on the server (docs/saved-views.md): a user's named page with its dashboard state (the
-- URL's path and query string), optionally shared with colleagues. Colleagues are the active users with
-- the owner's role and municipality (both NULL = every municipality counts as one municipality); who
-- they are is decided when the list is read, so a share follows the owner's current role.
-- Only the page and its filters are stored, never figures or records.
CREATE TABLE saved_view (
  id serial PRIMARY KEY,
  owner_id integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  name text NOT NULL,
  path text NOT NULL,
  search text NOT NULL DEFAULT '',
  shared boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT uq_saved_view_owner_name UNIQUE (owner_id, name),
  CONSTRAINT chk_saved_view_name CHECK (char_length(name) BETWEEN 1 AND 80),
  -- An absolute path inside Leerlus, never another site (//host) or a fragment.
  CONSTRAINT chk_saved_view_path CHECK (path ~ '^/([^/?#\\][^?#\\]*)?$' AND char_length(path) <= 200),
  CONSTRAINT chk_saved_view_search CHECK ((search = '' OR search ~ '^\?[^#]*$') AND char_length(search) <= 2000)
);
