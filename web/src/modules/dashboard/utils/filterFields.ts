/**
 * The optional controls of the filter bar, by their URL key: time bucket, comparison and code filters.
 * A page lists only the ones its queries support, so no control on screen is without effect (the
 * chain and provider figures are period totals, so those pages leave out `interval`; only the theme
 * figures have a comparison period).
 */
export type FilterField = 'interval' | 'vergelijk' | 'gemeente' | 'domein' | 'bron' | 'aanbieder';

export const allFilterFields: readonly FilterField[] = [
  'interval',
  'vergelijk',
  'gemeente',
  'domein',
  'bron',
  'aanbieder',
];
