import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';

/**
 * Errors of the CSV API as one line of Dutch text with the HTTP status, which is what Power BI,
 * Excel, R and curl show their user; 401 also names the scheme (WWW-Authenticate: Bearer).
 */
@Catch()
export class PlainTextErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(PlainTextErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const status: number =
      exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status >= 500) this.logger.error(exception);
    const message =
      status >= 500
        ? 'Er ging iets mis bij het maken van dit bestand. Probeer het later opnieuw.'
        : messageOf(exception as HttpException);
    if (status === (HttpStatus.UNAUTHORIZED as number)) res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(status).type('text/plain; charset=utf-8').setHeader('Cache-Control', 'no-store');
    res.send(`${message}\n`);
  }
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message)
    ? message.join(' ')
    : typeof message === 'string'
      ? message
      : exception.message;
}
