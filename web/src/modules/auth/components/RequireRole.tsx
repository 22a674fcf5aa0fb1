import type { ReactNode } from 'react';
import type { Role } from '@/generated/graphql';
import { NoAccess } from '@/modules/auth/components/NoAccess';
import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';

interface RequireRoleProps {
  roles: readonly Role[];
  children: ReactNode;
}

/**
 * Shows its page only to the given roles, else "Geen toegang". The API refuses the data anyway;
 * this keeps users from landing on a page that can only fail. Used inside RequireLogin.
 */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const user = useCurrentUser();
  if (!user || !roles.includes(user.role)) return <NoAccess />;
  return <>{children}</>;
}
