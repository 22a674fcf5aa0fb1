import { NavLink, Outlet } from 'react-router';
import { beheerSections } from '@/modules/beheer/beheerSections';

/** The Beheer section: its own menu above every Beheer page. */
export function BeheerLayout() {
  return (
    <>
      <nav aria-label="Beheer" className="section-nav no-print">
        <ul className="section-nav__list">
          <li>
            <NavLink to="/beheer" end>
              Overzicht
            </NavLink>
          </li>
          {beheerSections.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to}>{section.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
