-- Regional comparison (docs/regional-comparison.md): a municipality takes part only when beheer has said
-- so on the Gemeenten page (audited as municipality.regional_comparison). Only municipalities that take
-- part appear in the comparison, and only their users see it. The comparison groups municipalities by
-- municipality.region (the regional arrangement).
ALTER TABLE municipality ADD COLUMN regional_comparison boolean NOT NULL DEFAULT false;
