import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { QUERY_TOO_COMPLEX } from './query-cost';

export const INTERNAL_ERROR_MESSAGE = 'Er ging iets mis. Something went wrong.';

/** Nest HTTP exceptions outside Apollo's predefined set arrive as INTERNAL_SERVER_ERROR + status. */
const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  422: 'BAD_USER_INPUT',
  429: 'RATE_LIMITED',
};

function codeOf(formatted: GraphQLFormattedError, error: unknown): string | undefined {
  // Apollo re-labels every validation error GRAPHQL_VALIDATION_FAILED; our own rules carry a more
  // precise code on the original error.
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof GraphQLError && original.extensions.code === QUERY_TOO_COMPLEX) {
    return QUERY_TOO_COMPLEX;
  }
  const code = formatted.extensions?.code;
  const status = formatted.extensions?.status;
  if (code === 'INTERNAL_SERVER_ERROR' && typeof status === 'number' && status < 500) {
    return CODE_BY_STATUS[status] ?? 'BAD_REQUEST';
  }
  // Nest's BadRequestException (400) is wrong input: one code for every kind of bad input.
  if (code === 'BAD_REQUEST') return 'BAD_USER_INPUT';
  return typeof code === 'string' ? code : undefined;
}

function stackOf(error: unknown): string {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  return original instanceof Error ? (original.stack ?? original.message) : String(original);
}

/**
 * formatError for Apollo. Client errors keep their message, with one code per kind. Anything
 * else is unexpected: in production the client gets only "Er ging iets mis" and an error id, and
 * the message and stack go to the server log under that id. In development the message stays.
 */
export function createFormatError(
  production: boolean,
  logger: Pick<Logger, 'error'> = new Logger('GraphQL'),
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const code = codeOf(formatted, error);
    // Apollo labels every error it did not expect INTERNAL_SERVER_ERROR; any other code was set on
    // purpose (validation, bad input, UNAUTHENTICATED/FORBIDDEN, our limits) and is for the client.
    if (code && code !== 'INTERNAL_SERVER_ERROR') {
      const extensions: Record<string, unknown> = { ...formatted.extensions, code };
      if (!production) return { ...formatted, extensions };
      delete extensions.originalError;
      delete extensions.stacktrace;
      // Apollo's hideSchemaDetailsFromClientErrors covers validation, not variable coercion.
      return { ...formatted, message: formatted.message.replace(/ Did you mean .*\?$/, ''), extensions };
    }
    if (!production) return formatted;
    const errorId = randomUUID();
    logger.error(
      `[${errorId}] ${formatted.message} (path ${formatted.path?.join('.') ?? '-'})\n${stackOf(error)}`,
    );
    return {
      message: `${INTERNAL_ERROR_MESSAGE} (fout-id ${errorId})`,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}
