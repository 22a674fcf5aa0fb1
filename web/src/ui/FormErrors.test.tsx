import { render, screen } from '@testing-library/react';
import { GraphqlRequestError } from '@/lib/graphqlClient';
import { FormErrors } from '@/ui/FormErrors';

describe(FormErrors.name, () => {
  it('should keep an empty alert in place while nothing is wrong', () => {
    render(<FormErrors problems={[]} error={null} failure="Het uploaden is niet gelukt." />);
    expect(screen.getByRole('alert').textContent).toBe('');
    expect(screen.getByRole('alert').className).toBe('');
  });

  it('should list the problems under their sentence, then why the server refused', () => {
    render(
      <FormErrors
        problems={['Kies een bestand.', 'Kies een profiel.']}
        intro="Het profiel is niet opgeslagen:"
        error={new Error('Het bestand is leeg.')}
        failure="Het uploaden is niet gelukt."
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.className).toBe('form__errors');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Kies een bestand.',
      'Kies een profiel.',
    ]);
    expect(alert.textContent).toBe(
      'Het profiel is niet opgeslagen:Kies een bestand.Kies een profiel.Het uploaden is niet gelukt. Het bestand is leeg.',
    );
  });

  it("should give the API's own messages of a refused GraphQL request", () => {
    const refused = new GraphqlRequestError('De server gaf een fout: x', ['Naam ontbreekt.'], 200);
    render(<FormErrors problems={[]} error={refused} failure="Het profiel is niet opgeslagen." />);
    expect(screen.getByRole('alert').textContent).toBe('Het profiel is niet opgeslagen. Naam ontbreekt.');
  });
});
