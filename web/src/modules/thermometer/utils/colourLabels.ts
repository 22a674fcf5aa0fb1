import type { ThermometerColour } from '@/generated/graphql';

interface ColourLabel {
  /** The colour in words: the meaning never depends on colour alone (WCAG 1.4.1). */
  label: string;
  /** A shape that differs per colour, as a second non-colour cue. */
  icon: string;
  /** Existing status classes of styles.css (dot in the colour). */
  tone: 'ok' | 'warning' | 'error' | 'none';
}

export const colourLabels: { readonly [C in ThermometerColour]: ColourLabel } = {
  groen: { label: 'Groen', icon: '✓', tone: 'ok' },
  oranje: { label: 'Oranje', icon: '!', tone: 'warning' },
  rood: { label: 'Rood', icon: '✕', tone: 'error' },
  onvoldoende_gegevens: { label: 'Onvoldoende gegevens', icon: '?', tone: 'none' },
};
