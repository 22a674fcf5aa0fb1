import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthService } from './auth.service';
import { IS_PUBLIC } from './public.decorator';
import { AuthRequest, requestOf } from './request-context';
import { Role } from './role';
import { ROLES_KEY } from './roles.decorator';
import { SESSION_ONLY } from './session-only.decorator';

export const TOKEN_READ_ONLY_MESSAGE =
  'Met een API-token kunt u alleen cijfers en gegevens opvragen, niet iets wijzigen of tokens en gebruikers beheren. Doe dat ingelogd in het dashboard.';

/**
 * Global guard (APP_GUARD) for every GraphQL resolver and HTTP controller: resolves the session
 * cookie to `req.user`, then lets through @Public handlers, and otherwise only logged-in users
 * whose role is in the handler's (or class's) @Roles. A handler without @Roles is closed to all.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const req = requestOf(context);
    req.user = await this.auth.userFromRequest(req);
    if (!this.tokenMayCall(context, req)) throw new ForbiddenException(TOKEN_READ_ONLY_MESSAGE);
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets)) return true;

    // Nest's HTTP exceptions become GraphQL errors with code UNAUTHENTICATED / FORBIDDEN, and are
    // not logged as server errors.
    if (!req.user) throw new UnauthorizedException(req.authRefusal ?? 'Niet ingelogd');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} has neither @Public nor @Roles`,
      );
    }
    if (!roles?.includes(req.user.role)) throw new ForbiddenException('Geen toegang');
    return true;
  }

  /**
   * A personal API token only reads: GraphQL queries and HTTP GETs, and never a @SessionOnly handler
   * (managing tokens and users). Sessions may call everything their role allows.
   */
  private tokenMayCall(context: ExecutionContext, req: AuthRequest): boolean {
    if (req.apiTokenId === undefined) return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(SESSION_ONLY, targets)) return false;
    if (context.getType<string>() === 'graphql') {
      return (
        GqlExecutionContext.create(context).getInfo<{ operation: { operation: string } }>().operation
          .operation === 'query'
      );
    }
    return req.method === 'GET';
  }
}
