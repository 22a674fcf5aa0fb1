import { Link } from 'react-router';
import { navItems } from '@/modules/navigation/navItems';
import { Page } from '@/ui/Page';

export function NotFoundPage() {
  return (
    <Page
      title="Pagina niet gevonden"
      intro="Deze pagina bestaat niet. Misschien is het adres verkeerd getypt, of is de pagina verplaatst. Kies hieronder een onderdeel van Leerlus."
    >
      <ul className="link-list">
        {navItems.map((item) => (
          <li key={item.to}>
            <Link to={item.to}>{item.label}</Link>
            <span className="muted"> – {item.description}</span>
          </li>
        ))}
      </ul>
    </Page>
  );
}
