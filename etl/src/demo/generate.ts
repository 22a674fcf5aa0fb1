/**
 * Deterministic demo exports for the fictional municipality Lusdonk (GM9901), one or more files per
 * source, each in that source's own format (see etl/profiles/*.yaml and docs/themes.md):
 *
 *   gemeente-klachten             gemeente-lusdonk-klachten-2021-2023.csv and -2024-2026.csv
 *                                 ;  Windows-1252, dd-mm-jjjj, CRLF, quoted multi-line descriptions
 *   aanbieder-klachtenlijst       aanbieder-klachtenlijst-<code>.csv (5 providers)
 *                                 ,  UTF-8 with BOM, jjjj-mm-dd
 *   aanbieder-halfjaarrapportage  halfjaarrapportages-aanbieders-2021-2026.xlsx
 *                                 sheet "Klachtenrapportage" (after a "Toelichting" sheet); Excel dates,
 *                                 two providers type dates as text dd-mm-jjjj
 *   ombudsman-zaken               ombudsman-lusland-zaken.json: {"zaken": [...]}, ISO dates, nested
 *                                 "aanbeveling": {"gedaan", "opgevolgd"}
 *   bezwaarbeslissingen           bezwaarbeslissingen-2021-2026.tsv: tab, UTF-8, "3 april 2024" and
 *                                 dd-mm-jjjj mixed (per lawyer)
 *
 * Period 2021-01-01 .. 2026-09-30 (the "as of" date). Default about 20,000 case records in total
 * (municipality ~44 %, provider lists ~47 %, ombudsman ~3 %, plus the links below), about 3,000
 * objection decisions and a half-year report for every contracted provider and half-year. The same
 * seed always gives byte-identical files (seedrandom; no clock, no Math.random()).
 *
 * Modules: plan.ts (period, defaults, PLANTED_PATTERNS), model.ts (simulated records), world/ (the
 * simulation: draws, cases per source, baselines, planted patterns, objections, half-year reports) and
 * export/ (one writer per source format).
 *
 * Free text is assembled from templates (data/texts.ts) and contains personal data on purpose (phone
 * numbers, e-mail addresses, BSNs that pass the eleven test, IBANs, addresses) so the ETL's redaction
 * is visible. Every citizen identifier is a fake BSN that passes the eleven test.
 *
 * PLANTED PATTERNS (what the dashboard must reveal; PLANTED_PATTERNS below has the exact values):
 *
 * (a) Waiting times in youth care rise sharply. In the last four quarters (2025-Q4 .. 2026-Q3) the
 *     number of complaints with theme `wachttijd` or one of its subthemes (wachttijd_toegang,
 *     wachttijd_levering, wachttijd_behandeling, wachtlijst_jeugd_ggz), domain jeugd, rises every
 *     quarter at jeugdzorg-kompas, ggz-de-wissel and jeugdhulp-horizon: in their own complaint lists
 *     (1.8x, 2.8x, 4x, 5.5x the usual quarterly level) and in the municipal complaints about them
 *     (subject organisation = the provider; 1.5x, 2.5x, 3.5x, 5x). Their half-year reports show the
 *     same rise under "Wachttijd".
 * (b) Citizens bouncing between organisations ("tussen wal en schip"): 30 citizens (BSNs) each have
 *     records at 3 or 4 different organisations within 183 days: a complaint at one provider, a
 *     complaint at the municipality, a complaint at a second provider of the same domain and (for two
 *     in three) a case at the ombudsman. Jeugd: jeugdzorg-kompas / ggz-de-wissel / jeugdhulp-horizon;
 *     Wmo: thuiszorg-de-linde / mobicare-hulpmiddelen. No other citizen reaches 3 organisations.
 * (c) Late provider reports: zorggroep-rivierland submits every half-year report 21-56 days after
 *     the due date and never sends the report for 2024-H1. Due dates: a January-June report before
 *     1 December of that year, a July-December report before 1 July of the next year (the first
 *     contractual deadline after the period, seed 003); the reports carry them in "Uiterste
 *     inleverdatum". Every other provider reports on time.
 * (d) Spike of upheld objections: objection decisions under the Participatiewet about "Herziening en
 *     terugvordering bijstand" (theme `terugvordering`) decided in 2026-Q2 and 2026-Q3 are mostly
 *     gegrond (about 75 % against about 12 % before) and far more numerous; the summaries name the
 *     system error (income from the UWV link counted twice).
 * Also: repeat complaints (same citizen, same theme, at the municipality again after closure), escalations
 * to the ombudsman after a formal municipal complaint, citizens the ombudsman sends back to the
 * municipality (who then complain there "via ombudsman"), municipal complaints about a provider's
 * complaint handling, and complaints without feedback to the complainant (most at jeugdhulp-horizon).
 */
import { mkdir } from 'node:fs/promises';
import { writeHalfYearReports } from './export/rapportagesExport';
import { writeAanbiederLists } from './export/aanbiedersExport';
import { writeObjectionDecisions } from './export/bezwarenExport';
import { ExportContext, type GeneratedFile } from './export/exportContext';
import { writeGemeenteExports } from './export/gemeenteExport';
import { writeOmbudsmanCases } from './export/ombudsmanExport';
import { DEFAULT_DEMO_RECORDS, DEFAULT_DEMO_SEED } from './plan';
import { buildDemoWorld, createDemoWorld } from './world/demoWorld';

export type { GeneratedFile } from './export/exportContext';
export { DEFAULT_DEMO_RECORDS, DEFAULT_DEMO_SEED, DEMO_PERIOD, PLANTED_PATTERNS } from './plan';

/**
 * Writes the demo exports to `outDir` and returns each file with the profile to import it with, in a
 * sensible import order. Deterministic for a given seed; `records` scales the number of case records
 * (default 20,000; the planted patterns (a)-(d) keep a minimum size so they stay visible at small
 * scales, which means that below about 2,000 records they dominate the data).
 */
export async function generateDemoExports(
  outDir: string,
  options: { records?: number; seed?: number } = {},
): Promise<GeneratedFile[]> {
  const records = Math.max(200, Math.round(options.records ?? DEFAULT_DEMO_RECORDS));
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const world = createDemoWorld(records, seed);
  buildDemoWorld(world);
  await mkdir(outDir, { recursive: true });
  const context = new ExportContext(world, outDir, seed);
  return [
    ...(await writeGemeenteExports(context)),
    ...(await writeAanbiederLists(context)),
    ...(await writeHalfYearReports(context)),
    ...(await writeOmbudsmanCases(context)),
    ...(await writeObjectionDecisions(context)),
  ];
}
