import { GraphQLError } from 'graphql';

/** PostgreSQL's lock_not_available: a statement waited longer than lock_timeout for a lock. */
const LOCK_NOT_AVAILABLE = '55P03';

/** The code of a request that found the data locked, e.g. by an initial load that has not committed yet. */
export const DATA_BUSY = 'DATA_BUSY';

export const DATA_BUSY_MESSAGE =
  'De gegevens worden op dit moment bijgewerkt, bijvoorbeeld door de eerste import van een gemeente. ' +
  'Probeer het over een paar minuten opnieuw.';

/** Seconds a client is asked to wait before it tries again (HTTP Retry-After). */
export const DATA_BUSY_RETRY_AFTER_SECONDS = 60;

/**
 * Whether a request failed because a lock it needed was held longer than the API's lock_timeout
 * (LEERLUS_DB_LOCK_TIMEOUT_MS): pg's DatabaseError and TypeORM's QueryFailedError both carry the code.
 */
export function isLockTimeout(exception: unknown): boolean {
  return (
    typeof exception === 'object' &&
    exception !== null &&
    'code' in exception &&
    exception.code === LOCK_NOT_AVAILABLE
  );
}

export function dataBusyError(): GraphQLError {
  return new GraphQLError(DATA_BUSY_MESSAGE, { extensions: { code: DATA_BUSY } });
}
