// Every TypeORM entity; each mirrors a table created by sql/migrations (see schema-drift.spec.ts).
export const ENTITIES: Function[] = [];
