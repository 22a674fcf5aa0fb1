import { join } from 'node:path';
import { dutchDate, dutchLongDate } from '../data/random';
import { BEZWAAR_UITKOMST, BEZWAAR_WET } from '../data/vocabulary';
import { writeDelimited } from '../data/writers';
import { ExportContext, type GeneratedFile } from './exportContext';

export async function writeObjectionDecisions(x: ExportContext): Promise<GeneratedFile[]> {
  const header = [
    'Zaaknummer',
    'Wet',
    'Besluit',
    'Datum primair besluit',
    'Datum bezwaar ontvangen',
    'Datum beslissing',
    'Adviescommissie',
    'Verdaagd',
    'Uitkomst',
    'Samenvatting',
    'BSN',
    'Behandelaar',
  ];
  const objections = [...x.world.objections].sort((a, b) => a.received.localeCompare(b.received));
  const perYear = new Map<string, number>();
  const rows = objections.map((o) => {
    const year = o.received.slice(0, 4);
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const date = (iso: string | null): string =>
      iso === null ? '' : o.handler.longDates ? dutchLongDate(iso) : dutchDate(iso);
    return [
      `BZ-${year}-${String(seq).padStart(4, '0')}`,
      x.pick(BEZWAAR_WET[o.law], o.law),
      o.decision.label,
      date(o.primary),
      date(o.received),
      date(o.decided),
      o.committee ? 'ja' : 'nee',
      o.extended ? 'ja' : 'nee',
      BEZWAAR_UITKOMST[o.outcome],
      o.summary,
      o.bsn,
      o.handler.name,
    ];
  });
  const name = 'bezwaarbeslissingen-2021-2026.tsv';
  const bytes = await writeDelimited(join(x.outDir, name), header, rows, {
    delimiter: '\t',
    encoding: 'utf-8',
    bom: false,
    eol: '\n',
  });
  return [x.record(name, 'bezwaarbeslissingen', rows.length, bytes)];
}
