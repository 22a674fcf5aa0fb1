import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * Per phase of one import: wall-clock milliseconds, and when measured (ImportOptions.measureCpu) the CPU
 * milliseconds of this Node process and of the import's PostgreSQL backend. On a shared machine the
 * CPU figures stay comparable between runs where wall-clock time does not.
 */
export type PhaseTimings = { phase: string; ms: number; nodeCpuMs?: number; databaseCpuMs?: number }[];

interface Reading {
  wall: number;
  node: number;
  database: number;
}

/** CPU milliseconds (user + system) a process used so far, from /proc (Linux); null when unreadable. */
function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/**
 * Time per import phase, measured where the work happens (etl.bench prints it): `lap(name)` books the
 * time since the previous lap on `name`; a name used twice adds up. With `databasePid` (only when the
 * server runs on this machine) it also books CPU time of Node and of that backend.
 */
export class PhaseClock {
  private last: Reading;
  private readonly laps = new Map<string, Reading>();

  constructor(readonly databasePid: number | null = null) {
    this.last = this.read();
  }

  private read(): Reading {
    const node = process.cpuUsage();
    return {
      wall: performance.now(),
      node: (node.user + node.system) / 1000,
      database: this.databasePid === null ? 0 : (processCpuMs(this.databasePid) ?? 0),
    };
  }

  lap(phase: string): void {
    const now = this.read();
    this.add(phase, {
      wall: now.wall - this.last.wall,
      node: now.node - this.last.node,
      database: now.database - this.last.database,
    });
    this.last = now;
  }

  /**
   * Adds another clock's laps, each under `prefix` + its name, without touching this clock's own laps:
   * for work that ran beside them (early merging, during staging), which they therefore include.
   */
  include(prefix: string, other: PhaseClock): void {
    for (const [phase, reading] of other.laps) this.add(`${prefix}${phase}`, reading);
  }

  /** Adds a span of time to a phase's total. */
  private add(phase: string, span: Reading): void {
    const sum = this.laps.get(phase) ?? { wall: 0, node: 0, database: 0 };
    this.laps.set(phase, {
      wall: sum.wall + span.wall,
      node: sum.node + span.node,
      database: sum.database + span.database,
    });
  }

  get timings(): PhaseTimings {
    return [...this.laps].map(([phase, { wall, node, database }]) =>
      this.databasePid === null
        ? { phase, ms: Math.round(wall) }
        : { phase, ms: Math.round(wall), nodeCpuMs: Math.round(node), databaseCpuMs: Math.round(database) },
    );
  }
}
