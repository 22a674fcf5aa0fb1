import { useId } from 'react';
import { Link } from 'react-router';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';
import { recordRoles } from '@/modules/auth/utils/recordRoles';
import { themeRecordsPath } from '@/modules/themes/utils/themeRecordsPath';

interface ThemeRecordLinksProps {
  themes: readonly { code: string; label: string }[];
  state: DashboardState;
}

/**
 * "Bekijk dossiers" per theme, for policy staff and administrators only: the council, the panel and
 * the college never get a way to records (the API refuses them too).
 */
export function ThemeRecordLinks({ themes, state }: ThemeRecordLinksProps) {
  const id = useId();
  const user = useCurrentUser();
  // "geen" (no theme) is not a theme the records filter knows.
  const linked = themes.filter((theme) => theme.code !== 'geen');
  if (user === null || !recordRoles.includes(user.role) || linked.length === 0) return null;
  return (
    <div className="theme-records">
      <h3 id={id} className="theme-records__title">
        Dossiers per thema
      </h3>
      <p className="muted">
        U ziet de dossiers van het thema in dezelfde periode. Elke inzage wordt vastgelegd.
      </p>
      <ul className="theme-records__list" aria-labelledby={id}>
        {linked.map((theme) => (
          <li key={theme.code}>
            <span>{theme.label}</span>{' '}
            <Link to={themeRecordsPath(theme.code, state)}>
              Bekijk dossiers<span className="visually-hidden"> over {theme.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
