import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { OrganisationLogin } from '@/modules/auth/components/OrganisationLogin';
import { createTestQueryClient } from '@/testing/createTestQueryClient';
import { stubGraphql, type StubAnswer } from '@/testing/stubGraphql';

function renderWith(answer: StubAnswer) {
  const fetchMock = stubGraphql({ AuthOptions: answer });
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <OrganisationLogin />
    </QueryClientProvider>,
  );
  return fetchMock;
}

describe(OrganisationLogin.name, () => {
  it('should link to the organisation login when the installation offers it', async () => {
    renderWith({ data: { authOptions: { oidc: true } } });

    const link = await screen.findByRole('link', { name: 'Inloggen met uw organisatieaccount' });
    expect(link.getAttribute('href')).toBe('/auth/oidc/login');
  });

  it.each([
    ['is off', { data: { authOptions: { oidc: false } } }],
    ['cannot be loaded', { errors: ['kapot'], status: 500 }],
  ] as [string, StubAnswer][])('should show nothing when it %s', async (_, answer) => {
    const fetchMock = renderWith(answer);

    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('link')).toBeNull();
  });
});
