/**
 * The code filters of the filter bar, by their URL key. A page lists only the filters its queries
 * support, so no control on screen is without effect.
 */
export type FilterField = 'gemeente' | 'domein' | 'bron' | 'aanbieder';

export const allFilterFields: readonly FilterField[] = ['gemeente', 'domein', 'bron', 'aanbieder'];
