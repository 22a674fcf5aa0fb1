import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ChangePasswordForm } from '@/modules/auth/components/ChangePasswordForm';
import { createTestQueryClient } from '@/testing/createTestQueryClient';
import { stubGraphql } from '@/testing/stubGraphql';

function fillIn(current: string, next: string, repeat: string) {
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <ChangePasswordForm />
    </QueryClientProvider>,
  );
  fireEvent.change(screen.getByLabelText('Huidig wachtwoord'), { target: { value: current } });
  fireEvent.change(screen.getByLabelText('Nieuw wachtwoord'), { target: { value: next } });
  fireEvent.change(screen.getByLabelText('Nieuw wachtwoord nog een keer'), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
}

describe(ChangePasswordForm.name, () => {
  it('should say so when the two new passwords differ, without asking the server', () => {
    const fetchMock = stubGraphql({});
    fillIn('oud-wachtwoord-1', 'vier woorden zijn sterk', 'vier woorden zijn sterker');
    expect(screen.getByRole('alert').textContent).toBe('De twee nieuwe wachtwoorden zijn niet gelijk.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("should announce the API's reason when the new password is refused", async () => {
    stubGraphql({ ChangePassword: { errors: ['Dit wachtwoord is te makkelijk te raden.'] } });
    fillIn('oud-wachtwoord-1', 'aaaaaaaaaaaa', 'aaaaaaaaaaaa');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Dit wachtwoord is te makkelijk te raden.'),
    );
  });

  it('should confirm a changed password', async () => {
    stubGraphql({ ChangePassword: { data: { changePassword: true } } });
    fillIn('oud-wachtwoord-1', 'vier woorden zijn sterk', 'vier woorden zijn sterk');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Uw wachtwoord is gewijzigd. Andere sessies zijn uitgelogd.',
      ),
    );
  });
});
