import { addDays } from '../data/random';
import { type Kind, type Route, type SimCase } from '../model';
import { AS_OF } from '../plan';
import { type DemoWorld } from './demoWorld';

export function drawHandling(
  world: DemoWorld,
  route: Route | null,
  kind: Kind,
): { days: number; extended: boolean; committee: boolean } {
  const r = world.random;
  if (kind !== 'klacht' || route === null) return { days: r.int(0, 21), extended: false, committee: false };
  if (route === 'informeel') {
    return r.chance(0.05)
      ? { days: r.int(43, 90), extended: false, committee: false }
      : { days: r.int(2, 35), extended: false, committee: false };
  }
  if (route === 'bemiddeling') return { days: r.int(20, 80), extended: r.chance(0.3), committee: false };
  if (r.chance(0.06)) return { days: r.int(45, 98), extended: r.chance(0.5), committee: true };
  const roll = r.float();
  if (roll < 0.7) return { days: r.int(20, 42), extended: false, committee: false };
  if (roll < 0.86) return { days: r.int(43, 70), extended: true, committee: false };
  return { days: r.int(43, 130), extended: false, committee: false };
}

export function drawMeasures(world: DemoWorld, outcome: string): string[] {
  const r = world.random;
  if (outcome === 'gegrond' || outcome === 'deels_gegrond') {
    const first = r.weighted([
      ['excuses', 5],
      ['werkwijze_aangepast', 3],
      ['besluit_herzien', 2],
      ['financiele_compensatie', 1],
      ['medewerker_aangesproken', 2],
      ['beleid_aangepast', 1],
    ] as const);
    const second = r.chance(0.4) ? r.pick(['uitleg', 'excuses', 'werkwijze_aangepast'] as const) : first;
    return first === second ? [first] : [first, second];
  }
  if (outcome === 'ongegrond') return r.chance(0.5) ? ['uitleg'] : ['geen'];
  if (outcome === 'opgelost') return r.chance(0.5) ? [r.pick(['uitleg', 'excuses'] as const)] : [];
  return [];
}

export function drawClosure(
  world: DemoWorld,
  received: string,
  route: Route | null,
  kind: Kind,
  outcomeOf: () => string,
): Pick<SimCase, 'closed' | 'extended' | 'externalCommittee' | 'outcome' | 'acknowledged'> {
  const { days, extended, committee } = drawHandling(world, route, kind);
  const closed = addDays(received, days);
  const acknowledged =
    kind === 'klacht' && world.random.chance(0.85) ? addDays(received, world.random.int(0, 6)) : null;
  if (closed > AS_OF) {
    return {
      closed: null,
      extended: extended && addDays(received, 42) <= AS_OF,
      externalCommittee: committee,
      outcome: 'lopend',
      acknowledged: acknowledged !== null && acknowledged <= AS_OF ? acknowledged : null,
    };
  }
  return { closed, extended, externalCommittee: committee, outcome: outcomeOf(), acknowledged };
}

export function drawMunicipalOutcome(world: DemoWorld, kind: Kind, route: Route | null): string {
  const r = world.random;
  if (kind === 'signaal' || kind === 'melding') return r.chance(0.5) ? 'doorverwezen' : 'opgelost';
  if (kind === 'hulpvraag') return r.chance(0.7) ? 'opgelost' : 'doorverwezen';
  if (route === 'informeel') {
    return r.weighted([
      ['opgelost', 70],
      ['doorverwezen', 15],
      ['ingetrokken', 5],
      ['gegrond', 5],
      ['deels_gegrond', 5],
    ] as const);
  }
  if (route === 'bemiddeling') {
    return r.weighted([
      ['opgelost', 70],
      ['ingetrokken', 10],
      ['deels_gegrond', 20],
    ] as const);
  }
  return r.weighted([
    ['gegrond', 25],
    ['deels_gegrond', 20],
    ['ongegrond', 40],
    ['niet_ontvankelijk', 7],
    ['ingetrokken', 8],
  ] as const);
}
