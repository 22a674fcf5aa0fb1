import { MUNICIPALITY_ORGANISATION, OMBUDSMAN_ORGANISATION } from '../data/organisations';
import { addDays, workingDayOnOrAfter } from '../data/random';
import { caseText } from '../data/texts';
import { OMBUDSMAN_ONDERWERP, OMBUDSMAN_VAGUE_ONDERWERP } from '../data/vocabulary';
import { type Domain, MUNICIPAL_THEMES } from '../data/weights';
import { type Kind, type SimCase } from '../model';
import { AS_OF, PLANTED_PATTERNS } from '../plan';
import { municipalCase } from './cases';
import { type DemoWorld } from './demoWorld';
import { drawMunicipalDomain, drawProviderFor, isRiseSuppressed, scale } from './draws';

export function ombudsmanCase(
  world: DemoWorld,
  input: Partial<SimCase> & { received: string; domain: Domain; theme: string },
): SimCase {
  const r = world.random;
  const kind: Kind =
    input.kind ??
    r.weighted([
      ['klacht', 90],
      ['signaal', 5],
      ['hulpvraag', 5],
    ] as const);
  const outcome =
    input.outcome ??
    (kind === 'klacht' ? undefined : r.pick(['interventie', 'doorverwezen'])) ??
    r.weighted([
      ['gegrond', 15],
      ['deels_gegrond', 15],
      ['ongegrond', 25],
      ['interventie', 25],
      ['niet_ontvankelijk', 5],
      ['ingetrokken', 5],
      ['doorverwezen', 10],
    ] as const);
  const days = outcome === 'doorverwezen' || outcome === 'interventie' ? r.int(5, 40) : r.int(40, 200);
  const closed = addDays(input.received, days) <= AS_OF ? addDays(input.received, days) : null;
  const upheld = outcome === 'gegrond' || outcome === 'deels_gegrond';
  const recommendation = closed !== null && upheld ? r.chance(0.6) : closed === null ? null : false;
  const followed =
    recommendation === true ? (addDays(closed ?? input.received, 60) <= AS_OF ? r.chance(0.75) : null) : null;
  const bsn = input.bsn !== undefined ? input.bsn : world.bsns.next();
  const onderwerp = OMBUDSMAN_ONDERWERP[input.theme];
  return {
    source: 'ombudsman',
    sourceOrg: OMBUDSMAN_ORGANISATION,
    subjectOrg: input.subjectOrg ?? MUNICIPALITY_ORGANISATION,
    kind,
    domain: input.domain,
    theme: input.theme,
    category:
      input.category ?? (!onderwerp || r.chance(0.1) ? r.pick(OMBUDSMAN_VAGUE_ONDERWERP) : r.pick(onderwerp)),
    channel: r.weighted([
      ['webformulier', 50],
      ['telefoon', 20],
      ['brief', 15],
      ['email', 10],
      ['balie', 5],
    ] as const),
    complainant:
      input.domain === 'jeugd'
        ? r.weighted([
            ['ouder', 60],
            ['jongere', 20],
            ['professional', 10],
            ['vertegenwoordiger', 10],
          ] as const)
        : r.weighted([
            ['burger', 80],
            ['vertegenwoordiger', 15],
            ['professional', 5],
          ] as const),
    route: null,
    received: input.received,
    acknowledged: null,
    closed,
    extended: false,
    externalCommittee: false,
    outcome: closed === null ? 'lopend' : outcome,
    measures: [],
    feedback: null,
    recommendationMade: recommendation,
    recommendationFollowed: followed,
    bsn,
    neighbourhood: null,
    text: input.text ?? caseText(r, input.theme, 'ombudsman', { bsn: bsn ?? undefined, piiRate: 0.1 }),
    cause: '',
    tag: input.tag ?? 'basis',
  };
}

/** Escalations after a formal municipal complaint, premature cases sent back, and their return. */
export function addOmbudsmanCases(world: DemoWorld): void {
  const formal = world.cases.filter(
    (c) =>
      c.source === 'gemeente' &&
      c.tag === 'basis' &&
      c.route === 'formeel' &&
      c.closed !== null &&
      c.bsn !== null &&
      ['gegrond', 'deels_gegrond', 'ongegrond', 'niet_ontvankelijk'].includes(c.outcome),
  );
  const wanted = Math.max(PLANTED_PATTERNS.escalations.minimum, Math.round(formal.length * 0.12));
  for (const original of world.random.shuffle(formal).slice(0, wanted)) {
    const received = workingDayOnOrAfter(
      addDays(original.closed ?? original.received, world.random.int(10, 90)),
    );
    if (received > AS_OF) continue;
    original.tag = 'escalation';
    world.cases.push(
      ombudsmanCase(world, {
        received,
        domain: original.domain,
        theme: original.theme,
        subjectOrg: original.subjectOrg,
        bsn: original.bsn,
        tag: 'escalation',
        outcome: world.random.weighted([
          ['gegrond', 18],
          ['deels_gegrond', 17],
          ['ongegrond', 30],
          ['interventie', 25],
          ['ingetrokken', 5],
          ['niet_ontvankelijk', 5],
        ] as const),
      }),
    );
  }
  // Citizens who go to the ombudsman first: mostly sent back to the municipality ("terug aan tafel").
  const direct = Math.round(scale(world, 240));
  for (let i = 0; i < direct; i++) {
    const received = world.days.sample(world.random);
    const domain = drawMunicipalDomain(world, received);
    const theme = world.random.weighted(MUNICIPAL_THEMES[domain]);
    let subjectOrg = drawProviderFor(world, domain, theme);
    if (isRiseSuppressed(subjectOrg, domain, received, theme)) subjectOrg = MUNICIPALITY_ORGANISATION;
    const outcome = world.random.weighted([
      ['doorverwezen', 70],
      ['niet_ontvankelijk', 10],
      ['interventie', 15],
      ['ingetrokken', 5],
    ] as const);
    const sentBack = ombudsmanCase(world, { received, domain, theme, subjectOrg, outcome, tag: 'premature' });
    world.cases.push(sentBack);
    if (outcome !== 'doorverwezen' || sentBack.closed === null || !world.random.chance(0.5)) continue;
    const back = workingDayOnOrAfter(addDays(sentBack.closed, world.random.int(1, 10)));
    if (back > AS_OF) continue;
    world.cases.push(
      municipalCase(
        world,
        {
          received: back,
          domain,
          theme,
          subjectOrg,
          bsn: sentBack.bsn,
          channel: 'via_ombudsman',
          tag: 'via-ombudsman',
        },
        { kind: 'klacht' },
      ),
    );
  }
  // Other ombudsman cases about the municipality and the organisations doing its work.
  const other = Math.round(scale(world, 150));
  for (let i = 0; i < other; i++) {
    const received = world.days.sample(world.random);
    const domain = drawMunicipalDomain(world, received);
    const theme = world.random.weighted(MUNICIPAL_THEMES[domain]);
    let subjectOrg = drawProviderFor(world, domain, theme);
    if (isRiseSuppressed(subjectOrg, domain, received, theme)) subjectOrg = MUNICIPALITY_ORGANISATION;
    world.cases.push(ombudsmanCase(world, { received, domain, theme, subjectOrg }));
  }
}
