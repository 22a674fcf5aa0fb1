import { join } from 'node:path';
import {
  OMBUDSMAN_AFDOENING,
  OMBUDSMAN_DOMEIN,
  OMBUDSMAN_INDIENER,
  OMBUDSMAN_KANAAL,
  OMBUDSMAN_SOORT,
} from '../data/vocabulary';
import { writeJson } from '../data/writers';
import { ExportContext, type GeneratedFile } from './exportContext';
import { AS_OF } from '../plan';

export async function writeOmbudsmanCases(x: ExportContext): Promise<GeneratedFile[]> {
  const cases = x.world.cases
    .filter((c) => c.source === 'ombudsman')
    .sort((a, b) => a.received.localeCompare(b.received));
  const perYear = new Map<string, number>();
  const zaken = cases.map((c) => {
    const year = c.received.slice(0, 4);
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    return {
      dossiernummer: `OL-${year}-${String(seq).padStart(4, '0')}`,
      soort: OMBUDSMAN_SOORT[c.kind as 'klacht' | 'signaal' | 'hulpvraag'] ?? 'klacht',
      ontvangen: c.received,
      afgesloten: c.closed,
      gemeente: 'Lusdonk',
      organisatie: x.spelling(c.subjectOrg),
      domein: OMBUDSMAN_DOMEIN[c.domain] ?? 'Overig',
      onderwerp: c.category,
      kanaal: OMBUDSMAN_KANAAL[c.channel as keyof typeof OMBUDSMAN_KANAAL] ?? 'webformulier',
      indiener: OMBUDSMAN_INDIENER[c.complainant as keyof typeof OMBUDSMAN_INDIENER] ?? 'burger',
      afdoening: OMBUDSMAN_AFDOENING[c.outcome] ?? 'in behandeling',
      aanbeveling: { gedaan: c.recommendationMade, opgevolgd: c.recommendationFollowed },
      bsn: c.bsn,
      samenvatting: c.text,
    };
  });
  const name = 'ombudsman-lusland-zaken.json';
  const bytes = await writeJson(join(x.outDir, name), {
    ombudsman: 'Ombudsman Lusland',
    gemeente: 'Lusdonk',
    gemeentecode: 'GM9901',
    peildatum: AS_OF,
    toelichting: 'Zaken over de gemeente Lusdonk en de organisaties die taken voor de gemeente uitvoeren.',
    zaken,
  });
  return [x.record(name, 'ombudsman-zaken', zaken.length, bytes)];
}
