-- Accounts that log in through OpenID Connect (LEERLUS_OIDC_*). Such a user is identified by the
-- identity provider's issuer and subject (the `sub` claim, stable per provider), never by its
-- username, so an organisation account cannot take over a local account of the same name.
-- External accounts have no password: the local login never accepts them.

ALTER TABLE app_user
  ADD COLUMN external_issuer text,
  ADD COLUMN external_subject text,
  ADD CONSTRAINT uq_app_user_external UNIQUE (external_issuer, external_subject),
  ADD CONSTRAINT chk_app_user_external CHECK (
    (external_issuer IS NULL AND external_subject IS NULL)
    OR (external_issuer IS NOT NULL AND external_subject IS NOT NULL AND password_hash IS NULL)
  );
