import { performance } from 'node:perf_hooks';

/** Milliseconds per phase of one import, in the order the phases ran. */
export type PhaseTimings = { phase: string; ms: number }[];

/**
 * Wall-clock time per import phase, measured where the work happens (etl.bench prints it): `lap(name)`
 * books the time since the previous lap on `name`; a name used twice adds up.
 */
export class PhaseClock {
  private last = performance.now();
  private readonly laps = new Map<string, number>();

  lap(phase: string): void {
    const now = performance.now();
    this.laps.set(phase, (this.laps.get(phase) ?? 0) + (now - this.last));
    this.last = now;
  }

  get timings(): PhaseTimings {
    return [...this.laps].map(([phase, ms]) => ({ phase, ms: Math.round(ms) }));
  }
}
