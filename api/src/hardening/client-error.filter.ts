import {
  ArgumentsHost,
  Catch,
  HttpException,
  Inject,
  Logger,
  ServiceUnavailableException,
} from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { ServerResponse } from 'node:http';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import {
  DATA_BUSY_MESSAGE,
  DATA_BUSY_RETRY_AFTER_SECONDS,
  dataBusyError,
  isLockTimeout,
} from './database-busy';

/** Wrong input, a refused login or role, a limit: the user's doing, answered with a code, not a bug. */
export function isClientError(exception: unknown): boolean {
  if (exception instanceof HttpException) return exception.getStatus() < 500;
  if (exception instanceof GraphQLError) {
    const code = exception.extensions.code;
    return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
  }
  return false;
}

/**
 * Nest logs every error a resolver throws as ERROR with its stack ("ExceptionsHandler"), also a user's
 * wrong date range. For GraphQL this filter logs nothing for client errors; an unexpected error is
 * logged by formatError in production (with the error id the user sees), here in development. HTTP
 * requests keep Nest's own handling. A request that found the data locked too long (DATA_BUSY) is told so
 * in plain words: 503 with Retry-After over HTTP, code DATA_BUSY over GraphQL.
 */
@Catch()
export class ClientErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    const busy = isLockTimeout(exception);
    if (busy) this.logger.warn(`Gegevens bezet: ${String(exception)}`);
    if (host.getType<GqlContextType>() !== 'graphql') {
      super.catch(busy ? busyOverHttp(host) : exception, host);
      return undefined;
    }
    if (busy) return dataBusyError();
    if (!this.config.production && !isClientError(exception)) this.logger.error(exception);
    return exception;
  }
}

/** 503 with Retry-After: the data is locked for a while, nothing is wrong with the request. */
function busyOverHttp(host: ArgumentsHost): ServiceUnavailableException {
  const response = host.switchToHttp().getResponse<ServerResponse>();
  if (!response.headersSent) response.setHeader('Retry-After', String(DATA_BUSY_RETRY_AFTER_SECONDS));
  return new ServiceUnavailableException(DATA_BUSY_MESSAGE);
}
