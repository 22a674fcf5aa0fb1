import {
  CONTRACTED_PROVIDERS,
  DEMO_NEIGHBOURHOODS,
  MUNICIPALITY_ORGANISATION,
  organisationByCode,
} from '../data/organisations';
import { addDays, daysBetween, workingDayOnOrAfter } from '../data/random';
import {
  ABOUT_PROVIDER_SHARE,
  type Domain,
  MUNICIPAL_TASKS,
  PROVIDER_THEMES,
  type Weights,
} from '../data/weights';
import { DEFAULT_DEMO_RECORDS, PLANTED_PATTERNS, RISE_FROM, WAITING_THEMES } from '../plan';
import { type DemoWorld } from './demoWorld';

export function scale(world: DemoWorld, perTwentyThousand: number): number {
  return (world.records / DEFAULT_DEMO_RECORDS) * perTwentyThousand;
}

export function isRiseSuppressed(org: string, domain: Domain, date: string, theme: string): boolean {
  return (
    domain === 'jeugd' &&
    date >= RISE_FROM &&
    (PLANTED_PATTERNS.waitingTimeRise.organisationCodes as readonly string[]).includes(org) &&
    (WAITING_THEMES as readonly string[]).includes(theme)
  );
}

/** A theme by weight; waiting themes are kept out of the planted providers' rise period. */
export function drawTheme(
  world: DemoWorld,
  weights: Weights,
  org: string,
  domain: Domain,
  date: string,
): string {
  for (;;) {
    const theme = world.random.weighted(weights);
    if (!isRiseSuppressed(org, domain, date, theme)) return theme;
  }
}

export function drawNeighbourhood(world: DemoWorld): string | null {
  if (world.random.chance(0.08)) return null;
  return world.random.weighted(DEMO_NEIGHBOURHOODS.map((n) => [n.code, n.weight] as const));
}

export function drawDayInRange(world: DemoWorld, from: string, to: string): string {
  return workingDayOnOrAfter(addDays(from, world.random.int(0, Math.max(0, daysBetween(from, to) - 3))));
}

export function drawProviderFor(world: DemoWorld, domain: Domain, theme: string): string {
  if (
    domain === 'overig' ||
    MUNICIPAL_TASKS.has(theme) ||
    !world.random.chance(ABOUT_PROVIDER_SHARE[domain])
  ) {
    return MUNICIPALITY_ORGANISATION;
  }
  const candidates = CONTRACTED_PROVIDERS.filter((provider) => provider.domains.includes(domain))
    .map((provider) => {
      const themeWeight = PROVIDER_THEMES[provider.code]?.find(([code]) => code === theme)?.[1] ?? 0;
      return [provider.code, provider.volume * themeWeight] as const;
    })
    .filter(([, weight]) => weight > 0);
  return candidates.length === 0 ? MUNICIPALITY_ORGANISATION : world.random.weighted(candidates);
}

export function providerName(code: string): string {
  return organisationByCode(code).name;
}

export function drawMunicipalDomain(world: DemoWorld, received: string): Domain {
  return world.random.weighted([
    ['wmo', 35],
    ['jeugd', 22],
    ['werk_inkomen', 25],
    ['schuldhulp', 10],
    ['inburgering', received >= '2022-01-01' ? 5 : 0],
    ['overig', 3],
  ] as const);
}
