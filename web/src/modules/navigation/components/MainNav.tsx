import { NavLink } from 'react-router';
import type { Role } from '@/generated/graphql';
import { NavGroup } from '@/modules/navigation/components/NavGroup';
import { buildNavEntries } from '@/modules/navigation/utils/buildNavEntries';
import { navItemsForRole } from '@/modules/navigation/utils/navItemsForRole';

interface MainNavProps {
  role: Role;
}

/** NavLink sets aria-current="page" on the active item; CSS styles that attribute, not a class. */
export function MainNav({ role }: MainNavProps) {
  return (
    <nav aria-label="Hoofdmenu" className="main-nav">
      <ul className="container main-nav__list">
        {buildNavEntries(navItemsForRole(role)).map((entry) =>
          entry.kind === 'group' ? (
            <NavGroup key={entry.key} label={entry.label} items={entry.items} />
          ) : (
            <li key={entry.item.to}>
              {/* `end` only for "/": otherwise the home item would match every route. */}
              <NavLink to={entry.item.to} end={entry.item.to === '/'} className="main-nav__link">
                {entry.item.label}
              </NavLink>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
