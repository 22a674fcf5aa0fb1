import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { LoginForm } from '@/modules/auth/components/LoginForm';
import { createTestQueryClient } from '@/testing/createTestQueryClient';
import { stubGraphql } from '@/testing/stubGraphql';

function renderForm(onLoggedIn = jest.fn()) {
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <LoginForm onLoggedIn={onLoggedIn} />
    </QueryClientProvider>,
  );
  return onLoggedIn;
}

function fillIn(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('Gebruikersnaam'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe(LoginForm.name, () => {
  it('should announce empty fields in the alert region and mark them invalid', () => {
    const fetchMock = stubGraphql({});
    renderForm();

    fillIn('', '');

    expect(screen.getByRole('alert').textContent).toBe('Vul uw gebruikersnaam in.Vul uw wachtwoord in.');
    expect(screen.getByLabelText('Gebruikersnaam').getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("should announce the API's message when the login fails", async () => {
    stubGraphql({ Login: { errors: ['Onbekende gebruikersnaam of onjuist wachtwoord'] } });
    const onLoggedIn = renderForm();

    fillIn('raad', 'fout');

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Onbekende gebruikersnaam of onjuist wachtwoord'),
    );
    expect(onLoggedIn).not.toHaveBeenCalled();
  });

  it('should give a general message when the server fails', async () => {
    stubGraphql({ Login: { errors: ['Internal server error'], status: 500 } });
    renderForm();

    fillIn('raad', 'geheim');

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Inloggen lukt nu niet. Probeer het later opnieuw.'),
    );
  });

  it('should send the credentials and report success', async () => {
    const fetchMock = stubGraphql({
      Login: { data: { login: { id: 2, username: 'raad', displayName: 'Demo raadslid', role: 'raad' } } },
    });
    const onLoggedIn = renderForm();

    fillIn(' raad ', 'geheim');

    await waitFor(() => expect(onLoggedIn).toHaveBeenCalled());
    const body = JSON.parse(fetchMock.mock.calls[0]![1]?.body as string);
    expect(body.variables).toEqual({ username: 'raad', password: 'geheim' });
  });
});
