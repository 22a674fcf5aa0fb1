import { join } from 'node:path';
import { builtInProfileColumns, cellsInOrder } from '../../profiles/profile-columns';
import { MUNICIPALITY_ORGANISATION } from '../data/organisations';
import { dutchDate } from '../data/random';
import {
  GEMEENTE_AFDELING,
  GEMEENTE_DOMEIN,
  GEMEENTE_INDIENER,
  GEMEENTE_KANAAL,
  GEMEENTE_MAATREGEL,
  GEMEENTE_ROUTE,
  GEMEENTE_SOORT,
  GEMEENTE_UITKOMST,
} from '../data/vocabulary';
import { writeDelimited } from '../data/writers';
import { ExportContext, type GeneratedFile, yesNo } from './exportContext';

export async function writeGemeenteExports(x: ExportContext): Promise<GeneratedFile[]> {
  const header = builtInProfileColumns('gemeente-klachten');
  const cases = x.world.cases
    .filter((c) => c.source === 'gemeente')
    .sort((a, b) => a.received.localeCompare(b.received));
  // Zaaknummers count per year, as in the case system.
  const perYear = new Map<string, number>();
  const numbered = cases.map((c) => {
    const year = c.received.slice(0, 4);
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    return { c, id: `Z${year}-${String(seq).padStart(5, '0')}` };
  });
  // A historical dump and a recent export: two imports, as a municipality would do it.
  const files: GeneratedFile[] = [];
  for (const [from, to] of [
    ['2021', '2023'],
    ['2024', '2026'],
  ] as const) {
    const rows = numbered
      .filter(({ c }) => c.received.slice(0, 4) >= from && c.received.slice(0, 4) <= to)
      .map(({ c, id }) =>
        cellsInOrder(header, {
          Zaaknummer: id,
          Soort: GEMEENTE_SOORT[c.kind],
          Domein: x.pick(GEMEENTE_DOMEIN[c.domain], 'Overig'),
          Onderwerp: c.category,
          Kanaal: x.pick(GEMEENTE_KANAAL[c.channel], 'Onbekend'),
          Indiener: x.pick(GEMEENTE_INDIENER[c.complainant], 'Onbekend'),
          Route: c.route ? GEMEENTE_ROUTE[c.route] : '',
          'Datum ontvangst': dutchDate(c.received),
          'Datum ontvangstbevestiging': c.acknowledged ? dutchDate(c.acknowledged) : '',
          'Datum afgehandeld': c.closed ? dutchDate(c.closed) : '',
          Verdaagd: c.kind === 'klacht' ? yesNo(c.extended) : '',
          'Externe commissie': c.kind === 'klacht' ? yesNo(c.externalCommittee) : '',
          Uitkomst: x.pick(GEMEENTE_UITKOMST[c.outcome], 'In behandeling'),
          Maatregelen: c.measures.map((m) => GEMEENTE_MAATREGEL[m] ?? 'Geen').join(', '),
          Teruggekoppeld: yesNo(c.feedback),
          Afdeling: x.pick(GEMEENTE_AFDELING[c.domain], 'KCC'),
          'Betreft aanbieder': c.subjectOrg === MUNICIPALITY_ORGANISATION ? '' : x.spelling(c.subjectOrg),
          BSN: c.bsn ?? '',
          Wijk: c.neighbourhood ?? '',
          Omschrijving: c.text,
        }),
      );
    if (rows.length === 0) continue; // a neighbour's export starts later
    const name = `gemeente-${x.municipalitySlug}-klachten-${from}-${to}.csv`;
    const bytes = await writeDelimited(join(x.outDir, name), header, rows, {
      delimiter: ';',
      encoding: 'windows-1252',
      bom: false,
      eol: '\r\n',
    });
    files.push(x.record(name, 'gemeente-klachten', rows.length, bytes));
  }
  return files;
}
