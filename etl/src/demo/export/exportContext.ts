import { join } from 'node:path';
import { organisationByCode } from '../data/organisations';
import { Random } from '../data/random';
import type { DemoWorld } from '../world/demoWorld';

export interface GeneratedFile {
  file: string;
  profile: string;
}

export const yesNo = (value: boolean | null): string => (value === null ? '' : value ? 'ja' : 'nee');

/** What every writer shares: the world, the output folder and a random stream of its own for spellings. */
export class ExportContext {
  readonly random: Random;
  readonly sizes: { file: string; profile: string; rows: number; bytes: number }[] = [];

  constructor(
    readonly world: DemoWorld,
    readonly outDir: string,
    seed: number | string,
    /** The municipality in file names: gemeente-<slug>-klachten-….csv. */
    readonly municipalitySlug = 'lusdonk',
  ) {
    this.random = new Random(`${seed}:export`);
  }

  pick<T>(items: readonly T[] | undefined, fallback: T): T {
    return items && items.length > 0 ? this.random.pick(items) : fallback;
  }

  /** An organisation's name as its export spells it: mostly the usual spelling, sometimes another. */
  spelling(code: string): string {
    const spellings = organisationByCode(code).spellings;
    return this.random.chance(0.8) ? (spellings[0] ?? code) : this.random.pick(spellings);
  }

  record(file: string, profile: string, rows: number, bytes: number): GeneratedFile {
    this.sizes.push({ file, profile, rows, bytes });
    return { file: join(this.outDir, file), profile };
  }
}
