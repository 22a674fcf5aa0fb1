import type { Role } from '@/generated/graphql';

/**
 * Roles that may open pseudonymised records (mirrors RECORD_ROLES in api/src/auth/role.ts; the API
 * enforces it, the UI only hides what would be refused). A council member never sees a record.
 */
export const recordRoles: readonly Role[] = ['beleid', 'beheer'];
