import type { MeQuery, Role } from '@/generated/graphql';

/** The `me` answer for a logged-in demo user of the given role. */
export function demoUser(role: Role): MeQuery {
  return { me: { id: 1, username: role, displayName: `Demo ${role}`, role } };
}
