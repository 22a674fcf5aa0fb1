import { performance } from 'node:perf_hooks';

export interface LatencySummary {
  requests: number;
  p50: number;
  p95: number;
  max: number;
  errors: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export interface LoopOptions {
  concurrency: number;
  /** Stop sending after this long (fewer calls then), so a very slow call cannot stall the run. */
  budgetMs?: number;
}

/**
 * `count` calls of `call`, `concurrency` at a time, closed loop: each client sends its next request when
 * the previous one answered. `record` gets each call's duration and whether it succeeded (`call`
 * resolves false, or fails).
 */
export async function closedLoop(
  call: (index: number) => Promise<boolean>,
  count: number,
  options: LoopOptions,
  record: (ms: number, ok: boolean) => void = () => undefined,
): Promise<void> {
  const deadline = performance.now() + (options.budgetMs ?? Number.POSITIVE_INFINITY);
  let next = 0;
  const client = async (): Promise<void> => {
    for (let index = next++; index < count && performance.now() < deadline; index = next++) {
      const started = performance.now();
      const ok = await call(index).catch(() => false);
      record(performance.now() - started, ok);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
}

/** Latencies of `requests` calls made by closedLoop(), after `warmup` unmeasured calls made the same way. */
export async function measureLatency(
  call: (index: number) => Promise<boolean>,
  options: LoopOptions & { requests: number; warmup?: number },
): Promise<LatencySummary> {
  await closedLoop(call, options.warmup ?? 10, options);
  const latencies: number[] = [];
  let errors = 0;
  await closedLoop(call, options.requests, options, (ms, ok) => {
    latencies.push(ms);
    if (!ok) errors++;
  });
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: latencies[latencies.length - 1] ?? Number.NaN,
    errors,
  };
}

/** Runs `task` `runs` times one after another and returns the durations in ms. */
export async function timeRuns(task: () => Promise<unknown>, runs: number): Promise<number[]> {
  const durations: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await task();
    durations.push(performance.now() - started);
  }
  return durations;
}

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/**
 * Closed-loop calls, `concurrency` at a time, while `running()` holds: call k goes to
 * `calls[k % calls.length]`, so every call is measured under the same background work (an import).
 * Returns the latency summary of each call, in the order of `calls`.
 */
export async function latencyWhile(
  calls: readonly ((index: number) => Promise<boolean>)[],
  running: () => boolean,
  concurrency: number,
): Promise<LatencySummary[]> {
  const latencies = calls.map((): number[] => []);
  const errors = calls.map(() => 0);
  let next = 0;
  const client = async (): Promise<void> => {
    while (running()) {
      const index = next++;
      const which = index % calls.length;
      const started = performance.now();
      const ok = await calls[which]!(index).catch(() => false);
      latencies[which]!.push(performance.now() - started);
      if (!ok) errors[which]!++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return latencies.map((list, which) => {
    list.sort((a, b) => a - b);
    return {
      requests: list.length,
      p50: percentile(list, 50),
      p95: percentile(list, 95),
      max: list[list.length - 1] ?? Number.NaN,
      errors: errors[which]!,
    };
  });
}
