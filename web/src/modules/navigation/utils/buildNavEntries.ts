import { navGroups, type NavGroupKey, type NavItem } from '@/modules/navigation/navItems';

export type NavEntry =
  | { kind: 'link'; item: NavItem }
  | { kind: 'group'; key: NavGroupKey; label: string; items: readonly NavItem[] };

/**
 * The menu bar of one role: items without a group as links, grouped items under their disclosure
 * button at the place of the group's first item. A group with a single item becomes that item's link.
 */
export function buildNavEntries(items: readonly NavItem[]): NavEntry[] {
  const entries: NavEntry[] = [];
  const groups = new Map<NavGroupKey, NavItem[]>();
  for (const item of items) {
    if (!item.group) {
      entries.push({ kind: 'link', item });
      continue;
    }
    const members = groups.get(item.group);
    if (members) {
      members.push(item);
      continue;
    }
    const created = [item];
    groups.set(item.group, created);
    entries.push({ kind: 'group', key: item.group, label: navGroups[item.group], items: created });
  }
  return entries.map((entry) =>
    entry.kind === 'group' && entry.items.length === 1 && entry.items[0]
      ? { kind: 'link', item: entry.items[0] }
      : entry,
  );
}
