import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthenticatedUser } from './role';
import { SessionRequest, SessionResponse } from './session-cookie';

export interface AuthRequest extends SessionRequest {
  /** Set by AuthGuard. */
  user?: AuthenticatedUser | null;
  /** Express's request line (absent on internal requests); audited with a token's use. */
  method?: string;
  originalUrl?: string;
  /** Set when the user came from a personal API token (Authorization: Bearer), not a session. */
  apiTokenId?: number;
  /** Why the request's API token was refused: the 401's message. */
  authRefusal?: string;
}

/** What the GraphQL context carries (see GraphQLModule `context` in app.module.ts). */
export interface GraphQLRequestContext {
  req: AuthRequest;
  res: SessionResponse;
}

export function requestOf(context: ExecutionContext): AuthRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLRequestContext>().req;
  }
  return context.switchToHttp().getRequest<AuthRequest>();
}
