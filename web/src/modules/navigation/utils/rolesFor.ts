import type { Role } from '@/generated/graphql';
import { navItems } from '@/modules/navigation/navItems';

/** The roles of the menu item for `to`; a path without an item is open to nobody. */
export function rolesFor(to: string): readonly Role[] {
  return navItems.find((item) => item.to === to)?.roles ?? [];
}
