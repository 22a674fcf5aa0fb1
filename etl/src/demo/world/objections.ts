import { addDays, daysBetween, workingDayOnOrAfter } from '../data/random';
import { objectionSummary } from '../data/texts';
import {
  BEZWAAR_BEHANDELAARS,
  BEZWAAR_BESLUIT,
  BEZWAAR_UITKOMST,
  type DecisionType,
} from '../data/vocabulary';
import { type SimObjection } from '../model';
import { AS_OF, PLANTED_PATTERNS } from '../plan';
import { type DemoWorld } from './demoWorld';
import { drawDayInRange, scale } from './draws';

export function drawObjection(
  world: DemoWorld,
  law: string,
  decision: DecisionType,
  received: string,
  spike: boolean,
): SimObjection {
  const r = world.random;
  // Some objections come in after the six-week objection period (Awb 6:7): niet-ontvankelijk.
  const late = !spike && r.chance(0.06);
  const primary = addDays(received, late ? -r.int(50, 80) : -r.int(5, 40));
  const committee = !spike && law !== 'wet_inburgering' && r.chance(0.4);
  // Awb 7:10: 6 (or 12 with a committee) weeks after the 6-week objection period, once +6 weeks.
  const objectionPeriodEnd = addDays(primary, 42);
  const term = committee ? 84 : 42;
  const extended = !spike && r.chance(0.15);
  const deadline = addDays(objectionPeriodEnd, term + (extended ? 42 : 0));
  let decided: string;
  if (spike) decided = workingDayOnOrAfter(addDays(received, r.int(14, 56)));
  else if (r.chance(0.12)) decided = workingDayOnOrAfter(addDays(deadline, r.int(3, 60)));
  else {
    decided = workingDayOnOrAfter(
      addDays(received, r.int(14, Math.max(15, daysBetween(received, deadline)))),
    );
  }
  let outcome: SimObjection['outcome'];
  if (late) outcome = 'niet_ontvankelijk';
  else if (spike) {
    outcome = r.weighted([
      ['gegrond', 75],
      ['deels_gegrond', 10],
      ['ongegrond', 15],
    ] as const);
  } else if (decision.theme === 'terugvordering') {
    outcome = r.weighted([
      ['gegrond', 12],
      ['deels_gegrond', 10],
      ['ongegrond', 63],
      ['niet_ontvankelijk', 5],
      ['ingetrokken', 10],
    ] as const);
  } else {
    outcome = r.weighted([
      ['gegrond', 15],
      ['deels_gegrond', 10],
      ['ongegrond', 55],
      ['niet_ontvankelijk', 10],
      ['ingetrokken', 10],
    ] as const);
  }
  const open = decided > AS_OF;
  // A quarter of the objectors also complained at the municipality (the panel can follow them).
  const bsn =
    world.complainants.length > 0 && r.chance(0.25) ? r.pick(world.complainants) : world.bsns.next();
  const finalOutcome = open ? 'lopend' : outcome;
  return {
    law,
    decision,
    primary,
    received,
    decided: open ? null : decided,
    committee,
    extended,
    outcome: finalOutcome,
    bsn,
    handler: r.pick(BEZWAAR_BEHANDELAARS),
    summary: objectionSummary(r, decision.label, BEZWAAR_UITKOMST[finalOutcome], {
      systemError: spike,
      bsn,
      reasoning: { law, outcome: finalOutcome, key: `${law}:${decision.label}:${received}:${primary}` },
    }),
  };
}

export function addObjectionDecisions(world: DemoWorld, count: number): void {
  world.complainants = world.cases
    .filter(
      (c) => c.source === 'gemeente' && (c.domain === 'werk_inkomen' || c.domain === 'wmo') && c.bsn !== null,
    )
    .map((c) => c.bsn ?? '');
  for (let i = 0; i < count; i++) {
    const received = workingDayOnOrAfter(world.days.sample(world.random));
    const law = world.random.weighted([
      ['participatiewet', 45],
      ['wmo', 30],
      ['jeugdwet', 12],
      ['wgs', 8],
      ['wet_inburgering', received >= '2022-07-01' ? 5 : 0],
    ] as const);
    const decision = world.random.weighted((BEZWAAR_BESLUIT[law] ?? []).map((d) => [d, d.weight] as const));
    const objection = drawObjection(world, law, decision, received, false);
    const spikeWindow = PLANTED_PATTERNS.upheldObjectionSpike.period;
    // Inside the spike window the planted cases below are the terugvordering decisions.
    if (
      decision.theme === 'terugvordering' &&
      objection.decided !== null &&
      objection.decided >= spikeWindow.from &&
      objection.decided <= spikeWindow.to
    ) {
      continue;
    }
    world.objections.push(objection);
  }
  const plan = PLANTED_PATTERNS.upheldObjectionSpike;
  const decision = (BEZWAAR_BESLUIT.participatiewet ?? []).find((d) => d.label === plan.decisionType);
  if (!decision) throw new Error('decision type of the objection spike is missing');
  const perQuarter = Math.max(10, Math.round(scale(world, 36)));
  for (const [from, to] of [
    ['2026-03-20', '2026-05-31'],
    ['2026-06-15', '2026-08-28'],
  ] as const) {
    let made = 0;
    while (made < perQuarter) {
      const received = drawDayInRange(world, from, to);
      const objection = drawObjection(world, 'participatiewet', decision, received, true);
      if (
        objection.decided === null ||
        objection.decided < plan.period.from ||
        objection.decided > plan.period.to
      ) {
        continue;
      }
      world.objections.push(objection);
      made++;
    }
  }
}
