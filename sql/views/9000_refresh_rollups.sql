-- refresh_rollups(): refreshes every materialized view in the public schema, dependencies first
-- (a view built on another view is refreshed after it). CONCURRENTLY (readers keep the old rows
-- meanwhile) when the view is populated and has a unique index on plain columns without WHERE, as
-- PostgreSQL requires; otherwise a plain REFRESH. The ETL calls it after every successful import,
-- inside the import transaction, so facts and rollups change together.
-- Re-created after every view change (this file sorts last), so it also sees views added later.
DROP FUNCTION IF EXISTS refresh_rollups();
CREATE FUNCTION refresh_rollups()
RETURNS TABLE (view_name text, concurrent boolean)
LANGUAGE plpgsql
AS $$
DECLARE
  mv record;
BEGIN
  FOR mv IN
    WITH RECURSIVE
      matviews AS (
        SELECT c.oid, c.relname::text AS name, c.relispopulated AS populated
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'm' AND n.nspname = 'public'
      ),
      -- Direct dependencies between views (plain or materialized), through their rewrite rules.
      edges AS (
        SELECT DISTINCT r.ev_class AS dependent, d.refobjid AS dependency
        FROM pg_depend d
        JOIN pg_rewrite r ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
        JOIN pg_class dc ON dc.oid = d.refobjid AND dc.relkind IN ('m', 'v')
        WHERE d.refclassid = 'pg_class'::regclass AND d.refobjid <> r.ev_class
      ),
      depth (oid, level) AS (
        SELECT m.oid, 0 FROM matviews m
        UNION ALL
        SELECT e.dependent, depth.level + 1
        FROM depth JOIN edges e ON e.dependency = depth.oid
        WHERE depth.level < 50
      )
    SELECT m.oid, m.name, m.populated, max(depth.level) AS level,
           EXISTS (
             SELECT 1 FROM pg_index x
             WHERE x.indrelid = m.oid AND x.indisunique AND x.indisvalid AND x.indpred IS NULL
               AND x.indexprs IS NULL
           ) AS has_unique
    FROM matviews m JOIN depth ON depth.oid = m.oid
    GROUP BY m.oid, m.name, m.populated
    ORDER BY level, name
  LOOP
    view_name := mv.name;
    concurrent := mv.populated AND mv.has_unique;
    IF concurrent THEN
      EXECUTE format('REFRESH MATERIALIZED VIEW CONCURRENTLY public.%I', mv.name);
    ELSE
      EXECUTE format('REFRESH MATERIALIZED VIEW public.%I', mv.name);
    END IF;
    RETURN NEXT;
  END LOOP;
END;
$$;
