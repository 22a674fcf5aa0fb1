import type { Role } from '@/generated/graphql';
import { navItems, type NavItem } from '@/modules/navigation/navItems';

/** The menu as one role sees it, in the fixed order of navItems. */
export function navItemsForRole(role: Role): readonly NavItem[] {
  return navItems.filter((item) => item.roles.includes(role));
}
