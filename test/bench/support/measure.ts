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

/**
 * `requests` calls of `call`, `concurrency` at a time, after `warmup` unmeasured calls made the same
 * way. `call` resolves false for a failed request.
 */
export async function measureLatency(
  call: (index: number) => Promise<boolean>,
  options: { requests: number; concurrency: number; warmup?: number; budgetMs?: number },
): Promise<LatencySummary> {
  const safeCall = (index: number): Promise<boolean> => call(index).catch(() => false);
  // Closed loop: each client sends its next request when the previous one answered, until `count` were
  // sent or (stopping early when a query is so slow that the bounded run would take too long) the budget ends.
  const run = async (count: number, record: (ms: number, ok: boolean) => void): Promise<void> => {
    const deadline = performance.now() + (options.budgetMs ?? Number.POSITIVE_INFINITY);
    let next = 0;
    const client = async (): Promise<void> => {
      for (let index = next++; index < count && performance.now() < deadline; index = next++) {
        const started = performance.now();
        const ok = await safeCall(index);
        record(performance.now() - started, ok);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, client));
  };
  await run(options.warmup ?? 10, () => undefined);
  const latencies: number[] = [];
  let errors = 0;
  await run(options.requests, (ms, ok) => {
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
