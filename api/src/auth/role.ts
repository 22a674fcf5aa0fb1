/** The five roles of domain.md; what each may see is decided in the services, not the UI. */
export const ROLES = ['raad', 'panel', 'college', 'beleid', 'beheer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that see aggregates only, with small counts suppressed. */
export const SUPPRESSED_ROLES: readonly Role[] = ['raad', 'panel', 'college'];

/** Roles that may read pseudonymised, redacted records (every such read is audited). */
export const RECORD_ROLES: readonly Role[] = ['beleid', 'beheer'];

export interface AuthenticatedUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** NULL: every municipality of this installation. */
  municipalityCode: string | null;
}
