import { render, screen } from '@testing-library/react';
import { GraphqlRequestError } from '@/lib/graphqlClient';
import { LoadingPanel } from './LoadingPanel';

describe('LoadingPanel', () => {
  it('should say plainly that the data is being updated when the API answers DATA_BUSY', () => {
    const busy = 'De gegevens worden op dit moment bijgewerkt. Probeer het over een paar minuten opnieuw.';
    const error = new GraphqlRequestError(`De server gaf een fout: ${busy}`, [busy], 200, ['DATA_BUSY']);
    render(<LoadingPanel isLoading={false} error={error} />);

    expect(screen.getByRole('alert').textContent).toContain(busy);
    expect(screen.queryByText(/niet gelukt/)).toBeNull();
    expect(screen.queryByText('Technische details')).toBeNull();
  });

  it('should keep the general message for any other failure', () => {
    const error = new GraphqlRequestError('De server gaf een fout: Kapot', ['Kapot'], 200, [
      'INTERNAL_SERVER_ERROR',
    ]);
    render(<LoadingPanel isLoading={false} error={error} />);

    expect(screen.getByRole('alert').textContent).toContain('Het ophalen van de gegevens is niet gelukt.');
  });
});
