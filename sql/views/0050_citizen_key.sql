-- citizen_key(): the key of a citizen in cell-key perturbation (docs/security.md): a count of distinct
-- citizens carries the sum of these keys, each citizen once. One definition for the chain (views/0420,
-- api/src/chain), the signals (views/0300) and every later count of citizens; a plain SQL expression, so
-- the planner inlines it.
CREATE OR REPLACE FUNCTION citizen_key(p_municipality_code text, p_subject_key text)
RETURNS integer
LANGUAGE sql
IMMUTABLE
PARALLEL SAFE
AS $$
  SELECT hashtext(p_municipality_code || ':' || p_subject_key) & 255;
$$;

-- citizen_id(): a citizen as the chain's store names it (complaint_citizen_day, migrations/0373): the
-- pseudonym's md5 as a 16-byte uuid instead of its 64 characters. Compared, never shown.
CREATE OR REPLACE FUNCTION citizen_id(p_subject_key text)
RETURNS uuid
LANGUAGE sql
IMMUTABLE
PARALLEL SAFE
AS $$
  SELECT md5(p_subject_key)::uuid;
$$;
