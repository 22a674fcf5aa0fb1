import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthenticatedUser } from './role';
import { SessionRequest, SessionResponse } from './session-cookie';

export interface AuthRequest extends SessionRequest {
  /** Set by AuthGuard. */
  user?: AuthenticatedUser | null;
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
