import { GraphQLError } from 'graphql';

/**
 * The grid of filters the aggregate-only roles may use (docs/security.md, "The grid"). An OR filter of a
 * hidden and a published value minus the published cell is the cheapest differencing attack; cell-key
 * perturbation turns its answer into noise, but many different OR combinations averaged narrow that
 * noise down. So for raad, panel and college a filter holds one value per dimension (the web's filter
 * bar offers nothing else), and the municipality filter at most one region's worth of municipalities
 * (the web offers a region as one choice). Values of dimensions with a closed list must come from it;
 * other codes must look like codes. Unknown codes are not looked up in the data: refusing a code that
 * has no records and accepting one that has would itself tell who is there.
 */
export const MAX_FILTER_VALUES = 1;
/** The largest region the web offers as one choice (a labour-market region has up to ~20). */
export const MAX_MUNICIPALITY_FILTER_VALUES = 25;

/** Closed code lists (the CHECK constraints of sql/migrations/0003_facts.sql). */
const CLOSED_VALUES: Readonly<Record<string, readonly string[]>> = {
  kind: ['klacht', 'signaal', 'melding', 'hulpvraag'],
  line: ['eerste_lijn_aanbieder', 'eerste_lijn_gemeente', 'tweede_lijn'],
  outcome: [
    'gegrond',
    'deels_gegrond',
    'ongegrond',
    'niet_ontvankelijk',
    'ingetrokken',
    'opgelost',
    'doorverwezen',
    'interventie',
    'lopend',
    'onbekend',
  ],
};
const MUNICIPALITY_CODE = /^GM\d{4}$/;
const CODE = /^[\p{L}\p{N}][\p{L}\p{N}_.:/ -]{0,79}$/u;

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Throws BAD_USER_INPUT (in Dutch) when a filter of an aggregate-only role is off the grid. */
export function checkFilterGrid(filters: object): void {
  for (const [dimension, list] of Object.entries(filters)) {
    const values: unknown[] = Array.isArray(list) ? list : [];
    if (values.length === 0) continue;
    if (dimension === 'municipality') {
      if (values.length > MAX_MUNICIPALITY_FILTER_VALUES) {
        throw refuse(
          `Met uw rol kunt u op ten hoogste ${MAX_MUNICIPALITY_FILTER_VALUES} gemeenten tegelijk filteren (één regio).`,
        );
      }
      if (values.some((code) => typeof code !== 'string' || !MUNICIPALITY_CODE.test(code))) {
        throw refuse('Een gemeente wordt aangeduid met haar CBS-code (GM gevolgd door vier cijfers).');
      }
      continue;
    }
    if (values.length > MAX_FILTER_VALUES) {
      throw refuse(
        'Met uw rol kunt u per onderdeel op één waarde filteren, niet op meerdere tegelijk: ' +
          'zo kan niemand afgeschermde kleine aantallen terugrekenen.',
      );
    }
    const closed = CLOSED_VALUES[dimension];
    const known = values.every(
      (code) => typeof code === 'string' && (closed ? closed.includes(code) : CODE.test(code)),
    );
    if (!known) throw refuse('Dit filter bevat een waarde die niet bestaat.');
  }
}
