import { render, screen } from '@testing-library/react';
import { HiddenFigureNote } from '@/ui/HiddenFigureNote';

describe(HiddenFigureNote.name, () => {
  it('should say why a figure is not shown and that the council figures are perturbed', () => {
    render(<HiddenFigureNote what="dit aandeel">De kleur blijft wel zichtbaar.</HiddenFigureNote>);
    const note = screen.getByText(/rust op kleine aantallen/);
    expect(note.textContent).toBe(
      'niet getoond: dit aandeel rust op kleine aantallen en wordt niet getoond om privacy te beschermen. ' +
        'Daarvoor passen we ook alle aantallen een klein beetje aan, meestal 1 of 2 hoger of lager. ' +
        'De kleur blijft wel zichtbaar.',
    );
  });
});
