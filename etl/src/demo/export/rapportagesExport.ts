import { join } from 'node:path';
import { organisationByCode } from '../data/organisations';
import { dutchDate, toDate } from '../data/random';
import { RAPPORTAGE_DOMEIN } from '../data/vocabulary';
import { type Cell, writeXlsx } from '../data/writers';
import { ExportContext, type GeneratedFile } from './exportContext';
import { AS_OF } from '../plan';

/**
 * The contract manager's collection of every half-year report received (one workbook, sheet
 * "Klachtenrapportage"): rows per report round, provider, nature and cause.
 */
export async function writeHalfYearReports(x: ExportContext): Promise<GeneratedFile[]> {
  const typedDates = new Set(['kredietbank-lusland', 'taalpunt-lusland']);
  const lines = [...x.world.reports].sort(
    (a, b) => a.periodStart.localeCompare(b.periodStart) || a.provider.localeCompare(b.provider),
  );
  // Some providers type dates as text instead of entering Excel dates.
  const date = (iso: string, provider: string): Cell =>
    typedDates.has(provider) ? dutchDate(iso) : toDate(iso);
  const rows: Cell[][] = lines.map((line) => [
    organisationByCode(line.provider).name,
    organisationByCode(line.provider).contractReference,
    date(line.periodStart, line.provider),
    date(line.periodEnd, line.provider),
    date(line.dueOn, line.provider),
    date(line.submittedOn, line.provider),
    RAPPORTAGE_DOMEIN[line.domain] ?? '',
    line.aard,
    line.cause || null,
    line.count,
    line.upheld,
    line.resolved,
    line.measures || null,
  ]);
  const name = 'halfjaarrapportages-aanbieders-2021-2026.xlsx';
  const stamp = toDate([...lines.map((line) => line.submittedOn)].sort().pop() ?? AS_OF);
  const bytes = await writeXlsx(
    join(x.outDir, name),
    [
      {
        name: 'Toelichting',
        columns: [
          { header: 'Totaalrapportages klachten sociaal domein (art. 11.1 overeenkomst)', width: 90 },
        ],
        rows: [
          ['Verzamelstaat van alle ontvangen halfjaarrapportages van gecontracteerde aanbieders.'],
          [
            'Eén regel per aanbieder, periode, aard en oorzaak; aantallen gegrond en opgelost, en de maatregelen.',
          ],
          [
            'Inleveren vóór 1 december (over januari-juni) en vóór 1 juli (over juli-december van het jaar ervoor).',
          ],
        ],
      },
      {
        name: 'Klachtenrapportage',
        columns: [
          { header: 'Aanbieder', width: 28 },
          { header: 'Contractnummer', width: 16 },
          { header: 'Periode van', width: 12, dateFormat: true },
          { header: 'Periode tot', width: 12, dateFormat: true },
          { header: 'Uiterste inleverdatum', width: 12, dateFormat: true },
          { header: 'Ingediend op', width: 12, dateFormat: true },
          { header: 'Domein', width: 16 },
          { header: 'Aard van de klacht', width: 28 },
          { header: 'Oorzaak', width: 26 },
          { header: 'Aantal klachten', width: 10 },
          { header: 'Waarvan gegrond', width: 10 },
          { header: 'Opgelost', width: 10 },
          { header: 'Maatregelen', width: 60 },
        ],
        rows,
      },
    ],
    stamp,
  );
  return [x.record(name, 'aanbieder-halfjaarrapportage', rows.length, bytes)];
}
