import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from '@/modules/auth/components/LoginForm';
import { OrganisationLogin } from '@/modules/auth/components/OrganisationLogin';
import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';
import { safeReturnPath } from '@/modules/auth/utils/safeReturnPath';
import { Page } from '@/ui/Page';

export function LoginPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnPath = safeReturnPath(searchParams.get('terug'));

  if (user) return <Navigate to={returnPath} replace />;
  return (
    <Page
      title="Inloggen"
      intro="Log in met de gebruikersnaam en het wachtwoord die u van de beheerder van Leerlus hebt gekregen. Wat u daarna ziet, hangt af van uw rol."
    >
      <LoginForm onLoggedIn={() => void navigate(returnPath, { replace: true })} />
      <OrganisationLogin />
    </Page>
  );
}
