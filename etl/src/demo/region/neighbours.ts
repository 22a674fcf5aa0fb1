import { DEMO_MUNICIPALITY } from '../data/organisations';

/**
 * Three small fictional neighbours of Lusdonk in the same regional arrangement (Regio Lusland), so the
 * regional comparison has something to compare. Each has its own inhabitants and its own municipal
 * complaints export; `complaintRate` is the municipal records per 1,000 inhabitants relative to
 * Lusdonk's, chosen so that one neighbour lies above the regional rate and one below.
 */
export interface DemoNeighbour {
  code: string;
  name: string;
  /** The slug in organisation codes and file names: gemeente-<slug>. */
  slug: string;
  population: readonly { year: number; population: number }[];
  complaintRate: number;
}

/** Lusdonk's inhabitants on 1 January 2026, the yardstick for the neighbours' number of records. */
export const LUSDONK_INHABITANTS = 86_027;

const growth = (start: number, perYear: number): { year: number; population: number }[] =>
  [2021, 2022, 2023, 2024, 2025, 2026].map((year, i) => ({
    year,
    population: Math.round(start * (1 + perYear) ** i),
  }));

export const DEMO_NEIGHBOURS: readonly DemoNeighbour[] = [
  {
    code: 'GM9902',
    name: 'Lusmond',
    slug: 'lusmond',
    population: growth(31_450, 0.004),
    complaintRate: 0.95,
  },
  {
    code: 'GM9903',
    name: 'Heidebroek',
    slug: 'heidebroek',
    population: growth(18_920, 0.002),
    complaintRate: 1.4,
  },
  {
    code: 'GM9904',
    name: 'Oldewaard',
    slug: 'oldewaard',
    population: growth(11_830, -0.001),
    complaintRate: 0.7,
  },
];

export const DEMO_REGION = DEMO_MUNICIPALITY.region;
