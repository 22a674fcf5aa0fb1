import { MUNICIPALITY_ORGANISATION, organisationByCode } from '../data/organisations';
import { caseText } from '../data/texts';
import { AANBIEDER_CATEGORIE, AANBIEDER_VAGUE_CATEGORIE, causesFor } from '../data/vocabulary';
import { type Domain } from '../data/weights';
import { type Kind, type Route, type SimCase } from '../model';
import { PLANTED_PATTERNS } from '../plan';
import { type DemoWorld } from './demoWorld';
import { drawNeighbourhood, drawProviderFor, providerName } from './draws';
import { drawClosure, drawMeasures, drawMunicipalOutcome } from './handling';
import { drawComplainant, drawMunicipalCategory, drawMunicipalChannel, writerFor } from './municipalTraits';

/** One municipal record; the caller may override parts (links between records). */
export function municipalCase(
  world: DemoWorld,
  input: Partial<SimCase> & { received: string; domain: Domain; theme: string },
  options: { vague?: boolean; kind?: Kind } = {},
): SimCase {
  const r = world.random;
  const kind =
    options.kind ??
    input.kind ??
    r.weighted([
      ['klacht', 55],
      ['signaal', 15],
      ['melding', 15],
      ['hulpvraag', 15],
    ] as const);
  const route: Route | null =
    kind === 'klacht'
      ? r.weighted([
          ['informeel', 68],
          ['formeel', 27],
          ['bemiddeling', 5],
        ] as const)
      : null;
  const subjectOrg = input.subjectOrg ?? drawProviderFor(world, input.domain, input.theme);
  const channel = input.channel ?? drawMunicipalChannel(world, input.domain);
  const bsnRate = kind === 'signaal' ? 0.6 : kind === 'klacht' ? 0.95 : 0.88;
  const bsn = input.bsn !== undefined ? input.bsn : r.chance(bsnRate) ? world.bsns.next() : null;
  const closing = drawClosure(world, input.received, route, kind, () =>
    drawMunicipalOutcome(world, kind, route),
  );
  const feedback = closing.closed === null ? null : kind === 'klacht' ? r.chance(0.93) : r.chance(0.75);
  const provider = subjectOrg === MUNICIPALITY_ORGANISATION ? undefined : providerName(subjectOrg);
  return {
    source: 'gemeente',
    sourceOrg: MUNICIPALITY_ORGANISATION,
    subjectOrg,
    kind,
    domain: input.domain,
    theme: input.theme,
    category: input.category ?? drawMunicipalCategory(world, input.theme, options.vague ?? r.chance(0.15)),
    channel,
    complainant: input.complainant ?? drawComplainant(world, input.domain),
    route,
    received: input.received,
    ...closing,
    measures: drawMeasures(world, closing.outcome),
    feedback,
    recommendationMade: null,
    recommendationFollowed: null,
    bsn,
    neighbourhood: input.neighbourhood !== undefined ? input.neighbourhood : drawNeighbourhood(world),
    text:
      input.text ??
      caseText(r, input.theme, writerFor(channel), {
        bsn: bsn ?? undefined,
        ...(provider ? { provider } : {}),
      }),
    cause: '',
    tag: input.tag ?? 'basis',
  };
}

export function providerCase(
  world: DemoWorld,
  org: string,
  input: Partial<SimCase> & { received: string; theme: string },
): SimCase {
  const r = world.random;
  const provider = organisationByCode(org);
  const domain = (provider.domains[0] ?? 'wmo') as Domain;
  const kind: Kind =
    input.kind ??
    r.weighted([
      ['klacht', 85],
      ['signaal', 10],
      ['melding', 5],
    ] as const);
  const route: Route = r.weighted([
    ['informeel', 80],
    ['formeel', 15],
    ['bemiddeling', 5],
  ] as const);
  const closing = drawClosure(world, input.received, kind === 'klacht' ? route : null, kind, () =>
    route === 'formeel'
      ? r.weighted([
          ['gegrond', 30],
          ['deels_gegrond', 25],
          ['ongegrond', 35],
          ['niet_ontvankelijk', 10],
        ] as const)
      : r.weighted([
          ['opgelost', 60],
          ['gegrond', 10],
          ['deels_gegrond', 10],
          ['ongegrond', 10],
          ['ingetrokken', 10],
        ] as const),
  );
  const noFeedback =
    org === PLANTED_PATTERNS.missingFeedback.organisationCode
      ? PLANTED_PATTERNS.missingFeedback.share
      : PLANTED_PATTERNS.missingFeedback.usualShare;
  const bsn = input.bsn !== undefined ? input.bsn : r.chance(0.88) ? world.bsns.next() : null;
  const complainant =
    domain === 'jeugd'
      ? r.weighted([
          ['ouder', 60],
          ['jongere', 15],
          ['vertegenwoordiger', 10],
          ['professional', 10],
          ['onbekend', 5],
        ] as const)
      : r.weighted([
          ['burger', 65],
          ['vertegenwoordiger', 25],
          ['professional', 5],
          ['onbekend', 5],
        ] as const);
  const categories = AANBIEDER_CATEGORIE[input.theme];
  const vague = !categories || r.chance(0.1);
  return {
    source: 'aanbieder',
    sourceOrg: org,
    subjectOrg: org,
    kind,
    domain,
    theme: input.theme,
    category: input.category ?? (vague ? r.pick(AANBIEDER_VAGUE_CATEGORIE) : r.pick(categories)),
    channel: r.weighted([
      ['telefoon', 35],
      ['email', 25],
      ['balie', 20],
      ['webformulier', 10],
      ['brief', 5],
      ['via_aanbieder', 5],
    ] as const),
    complainant,
    route: kind === 'klacht' ? route : null,
    received: input.received,
    ...closing,
    externalCommittee: kind === 'klacht' && route === 'formeel',
    measures: drawMeasures(world, closing.outcome),
    feedback: closing.closed === null ? null : !r.chance(noFeedback),
    recommendationMade: null,
    recommendationFollowed: null,
    bsn,
    neighbourhood: null,
    text: input.text ?? caseText(r, input.theme, 'aanbieder', { bsn: bsn ?? undefined, piiRate: 0.15 }),
    cause: r.pick(causesFor(input.theme)),
    tag: input.tag ?? 'basis',
  };
}
