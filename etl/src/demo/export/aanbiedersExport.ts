import { join } from 'node:path';
import { CONTRACTED_PROVIDERS } from '../data/organisations';
import {
  AANBIEDER_BEHANDELING,
  AANBIEDER_DOMEIN,
  AANBIEDER_INDIENER,
  AANBIEDER_KANAAL,
  AANBIEDER_MAATREGEL,
  AANBIEDER_OORDEEL,
  AANBIEDER_SOORT,
} from '../data/vocabulary';
import { writeDelimited } from '../data/writers';
import { ExportContext, type GeneratedFile } from './exportContext';

export async function writeAanbiederLists(x: ExportContext): Promise<GeneratedFile[]> {
  const header = [
    'Klachtnummer',
    'Aanbieder',
    'Cliëntnummer',
    'BSN',
    'Soort',
    'Domein',
    'Categorie',
    'Ingediend door',
    'Wijze van indienen',
    'Behandeling',
    'Datum ontvangst',
    'Datum ontvangstbevestiging',
    'Datum afhandeling',
    'Oordeel',
    'Maatregelen',
    'Klager geïnformeerd',
    'Omschrijving klacht',
  ];
  const files: GeneratedFile[] = [];
  const prefixes: Record<string, string> = {
    'jeugdzorg-kompas': 'KJ',
    'ggz-de-wissel': 'DW',
    'jeugdhulp-horizon': 'HJ',
    'thuiszorg-de-linde': 'DL',
    'mobicare-hulpmiddelen': 'MC',
  };
  for (const provider of CONTRACTED_PROVIDERS.filter((p) => p.sendsCaseList)) {
    const clientNumbers = new Map<string, string>();
    const cases = x.world.cases
      .filter((c) => c.source === 'aanbieder' && c.sourceOrg === provider.code)
      .sort((a, b) => a.received.localeCompare(b.received));
    const perYear = new Map<string, number>();
    const rows = cases.map((c) => {
      const year = c.received.slice(2, 4);
      const seq = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, seq);
      const key = c.bsn ?? `anon-${seq}-${year}`;
      let client = clientNumbers.get(key);
      if (!client) {
        client = `C${String(100_000 + clientNumbers.size * 7 + x.random.int(0, 6))}`;
        clientNumbers.set(key, client);
      }
      const route = c.route ? x.pick(AANBIEDER_BEHANDELING[c.route], '') : '';
      return [
        `${prefixes[provider.code] ?? 'XX'}-${year}-${String(seq).padStart(4, '0')}`,
        x.spelling(provider.code),
        client,
        c.bsn ?? '',
        AANBIEDER_SOORT[c.kind as 'klacht' | 'signaal' | 'melding'] ?? 'Klacht',
        AANBIEDER_DOMEIN[c.domain] ?? '',
        c.category,
        x.pick(AANBIEDER_INDIENER[c.complainant], 'Onbekend'),
        x.pick(AANBIEDER_KANAAL[c.channel], 'Onbekend'),
        route,
        c.received,
        c.acknowledged ?? '',
        c.closed ?? '',
        x.pick(AANBIEDER_OORDEEL[c.outcome], 'Lopend'),
        c.measures.map((m) => AANBIEDER_MAATREGEL[m] ?? 'Geen').join('; '),
        c.feedback === null ? '' : c.feedback ? 'Ja' : 'Nee',
        c.text,
      ];
    });
    const name = `aanbieder-klachtenlijst-${provider.code}.csv`;
    const bytes = await writeDelimited(join(x.outDir, name), header, rows, {
      delimiter: ',',
      encoding: 'utf-8',
      bom: true,
      eol: '\n',
    });
    files.push(x.record(name, 'aanbieder-klachtenlijst', rows.length, bytes));
  }
  return files;
}
