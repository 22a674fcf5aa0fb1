-- The version of the profile an import ran with (a hash of its settings): the same file imported again
-- with a changed profile is a new import, not a duplicate. NULL for imports from before this column.
ALTER TABLE import ADD COLUMN profile_version text;
