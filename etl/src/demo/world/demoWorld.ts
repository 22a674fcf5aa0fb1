import { CONTRACTED_PROVIDERS, type DemoOrganisation } from '../data/organisations';
import { BsnPool, DayDistribution, daysBetween, Random, weekday } from '../data/random';
import type { ReportLine, SimCase, SimObjection } from '../model';
import { DEMO_PERIOD } from '../plan';
import { addMunicipalBaseline, addProviderBaseline } from './baseline';
import { addObjectionDecisions } from './objections';
import { addOmbudsmanCases } from './ombudsman';
import {
  addProviderComplaintsAtMunicipality,
  addRepeatComplaints,
  plantBouncingCitizens,
  plantWaitingTimeRise,
} from './planted';
import { addProviderReports } from './providerReports';

/** The simulated municipality: one random stream shared by every step, so the order of the steps fixes the output. */
export interface DemoWorld {
  readonly records: number;
  readonly random: Random;
  readonly bsns: BsnPool;
  readonly days: DayDistribution;
  readonly caseListProviders: readonly DemoOrganisation[];
  readonly cases: SimCase[];
  readonly objections: SimObjection[];
  readonly reports: ReportLine[];
  /** Citizens with a case, filled before the objections are drawn (some of them also object). */
  complainants: string[];
}

export function createDemoWorld(records: number, seed: number | string): DemoWorld {
  return {
    records,
    random: new Random(seed),
    bsns: new BsnPool(new Random(`${seed}:bsn`)),
    days: new DayDistribution(DEMO_PERIOD.from, DEMO_PERIOD.to, (day) => {
      const month = Number(day.slice(5, 7));
      const years = daysBetween(DEMO_PERIOD.from, day) / 365;
      const season = month === 7 ? 0.8 : month === 8 ? 0.75 : month === 12 ? 0.85 : month === 1 ? 1.1 : 1;
      const dow = weekday(day);
      const week = dow === 0 ? 0.15 : dow === 6 ? 0.25 : 1;
      return (1 + 0.08 * years) * season * week;
    }),
    caseListProviders: CONTRACTED_PROVIDERS.filter((provider) => provider.sendsCaseList),
    cases: [],
    objections: [],
    reports: [],
    complainants: [],
  };
}

export function buildDemoWorld(world: DemoWorld): void {
  addMunicipalBaseline(world, Math.round(world.records * 0.43));
  addProviderBaseline(world, Math.round(world.records * 0.47));
  plantWaitingTimeRise(world);
  plantBouncingCitizens(world);
  addProviderComplaintsAtMunicipality(world);
  addRepeatComplaints(world);
  addOmbudsmanCases(world);
  addObjectionDecisions(world, Math.round(world.records * 0.15));
  addProviderReports(world);
}
