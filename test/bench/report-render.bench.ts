// Does rendering a large report document block the API? `npm run bench -- report-render.bench`.
// A large snapshot (BENCH_REPORT_ROWS table rows, default 6,000) is stored; then GET /health is measured
// by one client in a closed loop: with nothing else running; while the document is rendered on the
// API's own event loop (how the API rendered before: the renderer called in the API's process,
// yielding between sections); and while the API renders it as it does now (requestReportDocument, in
// a worker thread). Same process, same machine load, per format. Prints p50/p95/max of /health.
import { createHash } from 'node:crypto';
import { setImmediate as nextTick } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { createTestApp, TestApp, TestSession } from '../../api/src/testing/createTestApp';
import { RENDERERS } from '../../api/src/reports/documents/renderers';
import { Report } from '../../api/src/reports/models/report.model';
import { DocumentFormatName } from '../../api/src/reports/report-document.entity';
import { row, textCell, numberCell } from '../../api/src/reports/report-cells';
import { LatencySummary, percentile } from './support/measure';

const ROWS = Number(process.env.BENCH_REPORT_ROWS ?? 6000);
const SECTIONS = 20;
const BASELINE_REQUESTS = 300;

const log = (message: string): void => {
  process.stdout.write(`${message}\n`);
};

function largeReport(): Report {
  const perSection = Math.ceil(ROWS / SECTIONS);
  return {
    kind: 'jaarverslag',
    title: 'Jaarverslag: benchmark met een groot rapport',
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
    previousPeriodStart: '2023-01-01',
    previousPeriodEnd: '2023-12-31',
    audience: 'raad',
    dataAsOf: new Date('2025-01-15T00:00:00Z').toISOString(),
    filters: [{ label: 'Periode', value: '1-1-2024 t/m 31-12-2024' }],
    sections: Array.from({ length: SECTIONS }, (_, section) => ({
      id: `onderdeel-${section}`,
      title: `Onderdeel ${section + 1}`,
      intro: 'Een onderdeel met veel regels, om de duur van het maken van een document te meten.',
      text: null,
      tables: [
        {
          caption: `Tabel ${section + 1}`,
          columns: ['Thema', 'Deze periode', 'Vorige periode', 'Toelichting'],
          summary: section === 0 ? 'Staafdiagram met veel staven.' : null,
          rows: Array.from({ length: perSection }, (_, index) =>
            row(`Thema ${section}-${index}`, [
              numberCell((index * 37) % 500),
              numberCell((index * 53) % 500),
              textCell('Een korte toelichting bij deze regel.'),
            ]),
          ),
        },
      ],
    })),
  };
}

async function health(sut: TestApp): Promise<number> {
  const started = performance.now();
  // A new connection per request: a kept-alive socket can be reset after a long stall of the server.
  const response = await fetch(`${sut.baseUrl}/health`, { headers: { connection: 'close' } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`/health ${response.status}`);
  return performance.now() - started;
}

function summary(latencies: number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
    errors: 0,
  };
}

/** The previous design: the renderer on the API's event loop, yielding between sections. */
async function renderInlineWhileMeasuring(
  sut: TestApp,
  report: Report,
  format: DocumentFormatName,
): Promise<{ latencies: number[]; renderMs: number }> {
  const started = performance.now();
  let done = false;
  const rendering = RENDERERS[format](report, () => nextTick()).finally(() => {
    done = true;
  });
  const latencies: number[] = [];
  while (!done) latencies.push(await health(sut));
  await rendering;
  return { latencies, renderMs: performance.now() - started };
}

async function renderWhileMeasuring(
  sut: TestApp,
  college: TestSession,
  snapshotId: string,
  format: string,
): Promise<{ latencies: number[]; renderMs: number }> {
  const started = performance.now();
  const requested = await college.graphql<{ requestReportDocument: { id: string } }>(
    `mutation ($id: ID!, $format: DocumentFormat!) { requestReportDocument(snapshotId: $id, format: $format) { id } }`,
    { id: snapshotId, format },
  );
  if (!requested.data) throw new Error(JSON.stringify(requested.errors));
  const documentId = requested.data.requestReportDocument.id;
  const latencies: number[] = [];
  for (;;) {
    latencies.push(await health(sut));
    const { rows } = await sut.database.pool.query<{ status: string }>(
      `SELECT status FROM report_document WHERE id = $1`,
      [documentId],
    );
    if (rows[0]?.status === 'klaar') break;
    if (rows[0]?.status === 'mislukt') throw new Error(`${format} failed`);
  }
  return { latencies, renderMs: performance.now() - started };
}

describe('Report documents and the API', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp({ rateLimitPerMinute: 0 });
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should measure /health while a large report renders', async () => {
    const report = largeReport();
    const content = JSON.stringify(report);
    const { rows } = await sut.database.pool.query<{ id: string }>(
      `INSERT INTO report_snapshot (kind, title, period_start, period_end, version, content, sha256, data_as_of)
       VALUES ('jaarverslag', 'Benchmark', '2024-01-01', '2024-12-31', 1, $1, $2, now()) RETURNING id::text`,
      [content, createHash('sha256').update(content, 'utf8').digest('hex')],
    );
    const snapshotId = rows[0]!.id;
    const college = await sut.login('college');
    const baseline: number[] = [];
    for (let index = 0; index < BASELINE_REQUESTS; index++) baseline.push(await health(sut));
    log(`rows: ${ROWS}, snapshot JSON: ${(content.length / 1e6).toFixed(1)} MB`);
    const table = [['phase', 'requests', 'p50 ms', 'p95 ms', 'max ms', 'render s']];
    const add = (phase: string, latencies: number[], renderMs: number | null): void => {
      const s = summary(latencies);
      table.push([
        phase,
        String(s.requests),
        s.p50.toFixed(1),
        s.p95.toFixed(1),
        s.max.toFixed(1),
        renderMs === null ? '-' : (renderMs / 1000).toFixed(1),
      ]);
    };
    add('idle', baseline, null);
    for (const format of ['pdf', 'docx', 'xlsx'] as const) {
      const inline = await renderInlineWhileMeasuring(sut, report, format);
      add(`${format} on the API's event loop (before)`, inline.latencies, inline.renderMs);
      const worker = await renderWhileMeasuring(sut, college, snapshotId, format);
      add(`${format} in a worker thread (now)`, worker.latencies, worker.renderMs);
    }
    log(table.map((cells) => `| ${cells.join(' | ')} |`).join('\n'));
  });
});
