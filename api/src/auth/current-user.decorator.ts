import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AuthenticatedUser } from './role';
import { requestOf } from './request-context';

/** The logged-in user (set by AuthGuard); null only on @Public handlers without a session. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser | null => requestOf(context).user ?? null,
);
