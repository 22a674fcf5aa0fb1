import { CONTRACTED_PROVIDERS } from '../data/organisations';
import { addDays, workingDayOnOrAfter } from '../data/random';
import { measuresText } from '../data/texts';
import { causesFor, RAPPORTAGE_AARD, RAPPORTAGE_NO_COMPLAINTS } from '../data/vocabulary';
import { PROVIDER_THEMES } from '../data/weights';
import { type ReportLine } from '../model';
import { AS_OF, PLANTED_PATTERNS } from '../plan';
import { type DemoWorld } from './demoWorld';
import { scale } from './draws';

export function addProviderReports(world: DemoWorld): void {
  const plan = PLANTED_PATTERNS.lateProviderReports;
  const rising = PLANTED_PATTERNS.waitingTimeRise.organisationCodes as readonly string[];
  for (const provider of CONTRACTED_PROVIDERS) {
    const domain = provider.domains[0] ?? 'wmo';
    for (let year = 2021; year <= 2026; year++) {
      for (const half of [1, 2] as const) {
        const periodStart = `${year}-${half === 1 ? '01-01' : '07-01'}`;
        const periodEnd = `${year}-${half === 1 ? '06-30' : '12-31'}`;
        if (periodEnd > AS_OF || periodStart < provider.contractStart) continue;
        const dueOn = half === 1 ? `${year}-12-01` : `${year + 1}-07-01`;
        if (provider.code === plan.organisationCode && periodStart === plan.missingPeriod.start) continue;
        const submittedOn =
          provider.code === plan.organisationCode
            ? addDays(dueOn, world.random.int(plan.lateByDays.min, plan.lateByDays.max))
            : workingDayOnOrAfter(addDays(periodEnd, world.random.int(18, 75)));
        if (submittedOn > AS_OF) continue; // not sent yet (and not yet due)
        const lines = new Map<string, ReportLine>();
        const add = (theme: string, cause: string, upheld: boolean, resolved: boolean): void => {
          const aard = RAPPORTAGE_AARD[theme] ?? 'Overig';
          const key = `${aard}|${cause}`;
          const line = lines.get(key) ?? {
            provider: provider.code,
            periodStart,
            periodEnd,
            dueOn,
            submittedOn,
            domain,
            aard,
            cause,
            count: 0,
            upheld: 0,
            resolved: 0,
            measures: '',
          };
          line.count++;
          if (upheld) line.upheld++;
          if (resolved) line.resolved++;
          if (upheld && !line.measures) line.measures = measuresText(world.random, theme, false);
          if (rising.includes(provider.code) && theme.startsWith('wacht') && periodStart >= '2025-07-01') {
            line.measures = measuresText(world.random, theme, true);
          }
          lines.set(key, line);
        };
        if (provider.sendsCaseList) {
          for (const c of world.cases) {
            if (c.source !== 'aanbieder' || c.sourceOrg !== provider.code) continue;
            if (c.received < periodStart || c.received > periodEnd || c.kind !== 'klacht') continue;
            add(
              c.theme,
              c.cause,
              c.outcome === 'gegrond' || c.outcome === 'deels_gegrond',
              c.closed !== null && c.closed <= periodEnd,
            );
          }
        } else {
          const weights = PROVIDER_THEMES[provider.code] ?? [];
          const n = world.random.poisson(scale(world, provider.volume * 6.5));
          for (let i = 0; i < n; i++) {
            const theme = world.random.weighted(weights);
            add(
              theme,
              world.random.pick(causesFor(theme)),
              world.random.chance(0.35),
              world.random.chance(0.85),
            );
          }
        }
        if (lines.size === 0) {
          world.reports.push({
            provider: provider.code,
            periodStart,
            periodEnd,
            dueOn,
            submittedOn,
            domain,
            aard: RAPPORTAGE_NO_COMPLAINTS,
            cause: '',
            count: 0,
            upheld: 0,
            resolved: 0,
            measures: '',
          });
        }
        world.reports.push(
          ...[...lines.values()].sort(
            (a, b) => a.aard.localeCompare(b.aard) || a.cause.localeCompare(b.cause),
          ),
        );
      }
    }
  }
}
