import { ArgumentsHost, Catch, HttpException, Inject, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { APP_CONFIG, AppConfig } from '../config/app-config';

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
 * requests keep Nest's own handling.
 */
@Catch()
export class ClientErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') {
      super.catch(exception, host);
      return undefined;
    }
    if (!this.config.production && !isClientError(exception)) this.logger.error(exception);
    return exception;
  }
}
