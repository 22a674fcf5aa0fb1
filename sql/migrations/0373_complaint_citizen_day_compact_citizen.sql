-- complaint_citizen_day names a citizen by a 16-byte uuid instead of the pseudonym's text (docs/scaling.md,
-- "The chain's citizens in 16 bytes"). A pseudonym is 64 hexadecimal characters (etl/src/privacy/pseudonym.ts),
-- stored in the heap and in both indexes of a store that holds a row per complaint where citizens complain
-- once; the uuid is the pseudonym's md5, so two citizens share one only with a chance of about n² / 2^129
-- (10^-25 for ten million citizens). The chain only compares citizens; it never shows one.
--
-- citizen_key is the citizen's key in cell-key perturbation, citizen_key(municipality, pseudonym) of
-- views/0050, kept because it cannot be computed from the uuid. It is a function of the citizen, so it
-- sits in the primary key: rollup_write() adds every column outside the key.
CREATE TABLE complaint_citizen_day_compact (
  municipality_code text NOT NULL,
  line text NOT NULL,
  day date NOT NULL,
  domain_code text NOT NULL,
  citizen uuid NOT NULL,
  citizen_key smallint NOT NULL,
  case_count integer NOT NULL
);

-- The expression of citizen_key() written out: an upgrade from before views/0050 has no such function yet.
INSERT INTO complaint_citizen_day_compact
SELECT municipality_code, line, day, domain_code, md5(subject_key)::uuid,
       (hashtext(municipality_code || ':' || subject_key) & 255)::smallint, case_count
FROM complaint_citizen_day
ORDER BY 1, 2, 3, 4, 5;

DROP TABLE complaint_citizen_day;
ALTER TABLE complaint_citizen_day_compact RENAME TO complaint_citizen_day;
ALTER TABLE complaint_citizen_day ADD CONSTRAINT pk_complaint_citizen_day PRIMARY KEY (municipality_code, line, day,
  domain_code, citizen, citizen_key);
-- The import's delta recomputes the answers of the citizens it touches: their cells by citizen (0361).
CREATE INDEX idx_complaint_citizen_day_citizen ON complaint_citizen_day (municipality_code, citizen);
