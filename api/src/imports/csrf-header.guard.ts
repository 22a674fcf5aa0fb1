import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';

export const CSRF_HEADER = 'x-leerlus-csrf';

/**
 * A multipart upload is a CORS "simple request" that a cross-site form could send; a custom header
 * cannot be sent cross-site without a CORS preflight, which this API does not grant. Runs after the
 * global AuthGuard and before the file is received.
 */
@Injectable()
export class CsrfHeaderGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | string[] | undefined> }>();
    if (req.headers[CSRF_HEADER] !== '1') {
      throw new ForbiddenException(`Verzoek geweigerd: de header ${CSRF_HEADER}: 1 ontbreekt.`);
    }
    return true;
  }
}
