import { Link } from 'react-router';
import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';
import { navItemsForRole } from '@/modules/navigation/utils/navItemsForRole';
import { Page } from '@/ui/Page';

export function NotFoundPage() {
  const user = useCurrentUser();
  const items = user ? navItemsForRole(user.role) : [];
  return (
    <Page
      title="Pagina niet gevonden"
      intro="Deze pagina bestaat niet. Misschien is het adres verkeerd getypt, of is de pagina verplaatst. Kies hieronder een onderdeel van Leerlus."
    >
      <ul className="link-list">
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to}>{item.label}</Link>
            <span className="muted"> – {item.description}</span>
          </li>
        ))}
      </ul>
    </Page>
  );
}
