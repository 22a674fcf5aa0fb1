import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';
import { useLogoutMutation } from '@/modules/auth/hooks/useLogoutMutation';
import { roleLabels } from '@/modules/auth/utils/roleLabels';

/**
 * Name and role of the logged-in user, their own settings (password, personal API tokens) and the logout
 * button; nothing without a session.
 */
export function UserMenu() {
  const user = useCurrentUser();
  const logout = useLogoutMutation();
  const navigate = useNavigate();
  if (!user) return null;

  return (
    <div className="user-menu">
      <p className="user-menu__who">
        <span className="visually-hidden">Ingelogd als </span>
        {user.displayName} <span className="user-menu__role">({roleLabels[user.role]})</span>
      </p>
      <Link className="user-menu__link" to="/wachtwoord">
        Wachtwoord wijzigen
      </Link>
      <Link className="user-menu__link" to="/api-koppelingen">
        API en koppelingen
      </Link>
      <button
        type="button"
        className="button button--on-dark"
        disabled={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/inloggen') })}
      >
        Uitloggen
      </button>
    </div>
  );
}
