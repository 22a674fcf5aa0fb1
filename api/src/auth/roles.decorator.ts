import { SetMetadata } from '@nestjs/common';
import { Role } from './role';

export const ROLES_KEY = 'leerlus:roles';

/**
 * The roles that may call a resolver (method or class). The global AuthGuard refuses a logged-in user
 * with another role, and refuses everyone on a non-@Public handler that declares no roles at all
 * (fail closed: forgetting the decorator must not open an endpoint).
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);
