import { Link } from 'react-router';
import { Page } from '@/ui/Page';

export function NoAccess() {
  return (
    <Page
      title="Geen toegang"
      intro="U hebt geen toegang tot deze pagina. Welke pagina's u kunt zien, hangt af van uw rol. Denkt u dat dit niet klopt? Neem dan contact op met de beheerder van Leerlus."
    >
      <p>
        <Link to="/">Naar de startpagina</Link>
      </p>
    </Page>
  );
}
