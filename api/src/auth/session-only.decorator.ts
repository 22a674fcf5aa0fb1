import { SetMetadata } from '@nestjs/common';

export const SESSION_ONLY = 'leerlus:session-only';

/**
 * Only in a logged-in browser session, never with a personal API token: managing tokens and users.
 * (A token is refused on every mutation and every non-GET request anyway; this also closes queries.)
 */
export const SessionOnly = (): MethodDecorator & ClassDecorator => SetMetadata(SESSION_ONLY, true);
