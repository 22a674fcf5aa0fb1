import { NavLink } from 'react-router';
import type { Role } from '@/generated/graphql';
import { navItemsForRole } from '@/modules/navigation/utils/navItemsForRole';

interface MainNavProps {
  role: Role;
}

/** NavLink sets aria-current="page" on the active item; CSS styles that attribute, not a class. */
export function MainNav({ role }: MainNavProps) {
  return (
    <nav aria-label="Hoofdmenu" className="main-nav">
      <ul className="container main-nav__list">
        {navItemsForRole(role).map((item) => (
          <li key={item.to}>
            {/* `end` only for "/": otherwise the home item would match every route. */}
            <NavLink to={item.to} end={item.to === '/'} className="main-nav__link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
