import { MUNICIPALITY_ORGANISATION, organisationByCode } from '../data/organisations';
import { addDays, dutchDate, workingDayOnOrAfter } from '../data/random';
import { caseText } from '../data/texts';
import { AANBIEDER_CATEGORIE, OMBUDSMAN_VAGUE_ONDERWERP } from '../data/vocabulary';
import { type Domain, PROVIDER_THEMES } from '../data/weights';
import {
  AS_OF,
  PLANTED_PATTERNS,
  QUARTER_ENDS,
  QUARTER_STARTS,
  QUARTERS_IN_PERIOD,
  RISE_FROM,
} from '../plan';
import { municipalCase, providerCase } from './cases';
import { type DemoWorld } from './demoWorld';
import { drawDayInRange, providerName, scale } from './draws';
import { ombudsmanCase } from './ombudsman';

export function plantWaitingTimeRise(world: DemoWorld): void {
  const plan = PLANTED_PATTERNS.waitingTimeRise;
  const totalVolume = world.caseListProviders.reduce((sum, provider) => sum + provider.volume, 0);
  for (const code of plan.organisationCodes) {
    const provider = organisationByCode(code);
    const weights = PROVIDER_THEMES[code] ?? [];
    const all = weights.reduce((sum, [, w]) => sum + w, 0);
    const waiting = weights.filter(([theme]) => theme.startsWith('wacht')).reduce((sum, [, w]) => sum + w, 0);
    const perQuarter =
      ((world.records * 0.47 * provider.volume) / totalVolume / QUARTERS_IN_PERIOD) * (waiting / all);
    const base = Math.max(3, Math.round(perQuarter));
    const waitingWeights = weights.filter(([theme]) => theme.startsWith('wacht'));
    plan.providerListFactors.forEach((factor, q) => {
      const n = Math.ceil(base * factor);
      for (let i = 0; i < n; i++) {
        const received = drawDayInRange(world, QUARTER_STARTS[q] ?? RISE_FROM, QUARTER_ENDS[q] ?? AS_OF);
        const theme = world.random.weighted(waitingWeights);
        const categories = AANBIEDER_CATEGORIE[theme] ?? ['Wachttijd/wachtlijst'];
        world.cases.push(
          providerCase(world, code, {
            received,
            theme,
            kind: 'klacht',
            category: world.random.pick(categories),
            tag: 'planted-wait',
          }),
        );
      }
    });
    const municipalBase = Math.max(2, Math.round(scale(world, 3)));
    plan.municipalFactors.forEach((factor, q) => {
      const n = Math.ceil(municipalBase * factor);
      for (let i = 0; i < n; i++) {
        const received = drawDayInRange(world, QUARTER_STARTS[q] ?? RISE_FROM, QUARTER_ENDS[q] ?? AS_OF);
        const theme = world.random.weighted(waitingWeights);
        world.cases.push(
          municipalCase(
            world,
            {
              received,
              domain: 'jeugd',
              theme,
              subjectOrg: code,
              category: 'Wachttijd',
              tag: 'planted-wait',
            },
            { kind: 'klacht' },
          ),
        );
      }
    });
  }
}

export function plantBouncingCitizens(world: DemoWorld): void {
  const plan = PLANTED_PATTERNS.bouncingCitizens;
  const youth = ['jeugdzorg-kompas', 'ggz-de-wissel', 'jeugdhulp-horizon'];
  const wmo = ['thuiszorg-de-linde', 'mobicare-hulpmiddelen'];
  for (let i = 0; i < plan.groupSize; i++) {
    const isYouth = i % 3 !== 2;
    const [first, second] = world.random.shuffle(isYouth ? youth : wmo);
    if (!first || !second) continue;
    const domain: Domain = isYouth ? 'jeugd' : 'wmo';
    const bsn = world.bsns.next();
    const start = drawDayInRange(world, '2022-01-03', '2026-03-20');
    const providerThemes = isYouth
      ? ['jeugdhulp_kwaliteit', 'communicatie', 'informatie', 'afspraken_nakomen']
      : ['hulp_huishouden', 'hulpmiddelen', 'communicatie', 'afspraken_nakomen'];
    world.cases.push(
      providerCase(world, first, {
        received: start,
        theme: world.random.pick(providerThemes),
        bsn,
        kind: 'klacht',
        tag: 'bounce',
      }),
    );
    const municipalTheme = world.random.pick(['informatie', 'toegang_indicatie', 'communicatie']);
    world.cases.push(
      municipalCase(
        world,
        {
          received: workingDayOnOrAfter(addDays(start, world.random.int(14, 45))),
          domain,
          theme: municipalTheme,
          subjectOrg: first,
          bsn,
          tag: 'bounce',
          text: caseText(world.random, municipalTheme, 'kcc', {
            bsn,
            bounced: true,
            provider: providerName(first),
          }),
        },
        { kind: 'klacht' },
      ),
    );
    const secondTheme = world.random.pick(providerThemes);
    world.cases.push(
      providerCase(world, second, {
        received: workingDayOnOrAfter(addDays(start, world.random.int(50, 100))),
        theme: secondTheme,
        bsn,
        kind: 'klacht',
        tag: 'bounce',
        text: caseText(world.random, secondTheme, 'aanbieder', { bounced: true }),
      }),
    );
    if (i % 3 !== 1) {
      const received = workingDayOnOrAfter(addDays(start, world.random.int(110, 170)));
      world.cases.push(
        ombudsmanCase(world, {
          received,
          domain,
          theme: 'informatie',
          subjectOrg: MUNICIPALITY_ORGANISATION,
          bsn,
          category: OMBUDSMAN_VAGUE_ONDERWERP[0],
          outcome: world.random.pick(['interventie', 'doorverwezen']),
          tag: 'bounce',
          text: caseText(world.random, 'informatie', 'ombudsman', { bounced: true }),
        }),
      );
    }
  }
}

/** Citizens unhappy with how a provider handled their complaint go to the municipality. */
export function addProviderComplaintsAtMunicipality(world: DemoWorld): void {
  const candidates = world.cases.filter(
    (c) =>
      c.source === 'aanbieder' &&
      c.tag === 'basis' &&
      c.bsn !== null &&
      c.closed !== null &&
      c.kind === 'klacht',
  );
  for (const original of candidates) {
    if (!world.random.chance(0.012)) continue;
    const received = workingDayOnOrAfter(
      addDays(original.closed ?? original.received, world.random.int(10, 60)),
    );
    if (received > AS_OF) continue;
    original.tag = 'provider-link';
    const provider = providerName(original.sourceOrg);
    world.cases.push(
      municipalCase(
        world,
        {
          received,
          domain: original.domain,
          theme: 'klachtbehandeling',
          subjectOrg: original.sourceOrg,
          bsn: original.bsn,
          channel: world.random.pick(['telefoon', 'email', 'via_aanbieder']),
          tag: 'provider-link',
          text: caseText(world.random, 'klachtbehandeling', 'burger', {
            provider,
            bsn: original.bsn ?? undefined,
          }),
        },
        { kind: 'klacht', vague: false },
      ),
    );
  }
}

/** The same citizen complains again about the same theme after the first complaint was closed. */
export function addRepeatComplaints(world: DemoWorld): void {
  const candidates = world.cases.filter(
    (c) =>
      c.source === 'gemeente' &&
      c.tag === 'basis' &&
      c.kind === 'klacht' &&
      c.bsn !== null &&
      c.closed !== null,
  );
  const wanted = Math.max(PLANTED_PATTERNS.repeatedComplaints.minimum, Math.round(candidates.length * 0.015));
  for (const original of world.random.shuffle(candidates).slice(0, wanted)) {
    const received = workingDayOnOrAfter(
      addDays(original.closed ?? original.received, world.random.int(7, 60)),
    );
    if (received > AS_OF) continue;
    original.tag = 'repeat';
    world.cases.push(
      municipalCase(
        world,
        {
          received,
          domain: original.domain,
          theme: original.theme,
          subjectOrg: original.subjectOrg,
          bsn: original.bsn,
          category: original.category,
          neighbourhood: original.neighbourhood,
          tag: 'repeat',
          text: caseText(world.random, original.theme, 'burger', {
            previousDate: dutchDate(original.received),
            bsn: original.bsn ?? undefined,
          }),
        },
        { kind: 'klacht' },
      ),
    );
  }
}
