import { useQuery } from '@tanstack/react-query';
import { authOptionsQueryOptions } from '@/modules/auth/hooks/authOptionsQueryOptions';

/**
 * Login with the organisation's own account (OpenID Connect), when the installation offers it. A full
 * page navigation: the API sends the browser to the organisation's login page and back. While the
 * options load, or when they cannot be loaded, only the password login shows.
 */
export function OrganisationLogin() {
  const options = useQuery(authOptionsQueryOptions());
  if (!options.data?.authOptions.oidc) return null;
  return (
    <section className="organisation-login" aria-labelledby="organisation-login-title">
      <h2 id="organisation-login-title">Of log in met uw organisatieaccount</h2>
      <p>Werkt u bij de gemeente? Dan kunt u inloggen met het account waarmee u ook op uw werkplek inlogt.</p>
      <a className="button" href="/auth/oidc/login">
        Inloggen met uw organisatieaccount
      </a>
    </section>
  );
}
