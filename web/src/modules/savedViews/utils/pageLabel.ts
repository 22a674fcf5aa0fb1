import { navItems } from '@/modules/navigation/navItems';

/** The menu name of a saved view's page (e.g. "Thema's" for /themas), else its path. */
export function pageLabel(path: string): string {
  return navItems.find((item) => item.to === path)?.label ?? path;
}
