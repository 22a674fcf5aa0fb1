export { migrate, readMigrations, MigrationChecksumError, MIGRATIONS_DIR, VIEWS_DIR } from './migrate';
export type { MigrationResult, SqlFile } from './migrate';
export { startDatabase, freePort, DEFAULT_DATA_DIR, DatabaseInUseError } from './database';
export type { Database, DatabaseOptions } from './database';
export { withTransaction } from './transaction';
