import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import iconv from 'iconv-lite';
import { elfproef } from '../../../etl/src/privacy/bsn';
import { builtInProfileColumns, cellsInOrder } from '../../../etl/src/profiles/profile-columns';
import { loadProfile } from '../../../etl/src/profiles/profile.loader';

/** Small deterministic PRNG (mulberry32): the benchmark file is the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The export's columns: the built-in gemeente-klachten profile's, in its order. */
export const KLACHTEN_HEADERS = builtInProfileColumns('gemeente-klachten');

const OPENINGS = [
  'Ik wacht al weken op',
  'Mevrouw belde boos over',
  'De cliënt is ontevreden over',
  'Meneer klaagt over',
  'Al maanden geen reactie op',
  'Onvriendelijke behandeling bij',
  'Niemand neemt op bij vragen over',
  'Verkeerde informatie gekregen over',
  'Afspraak niet nagekomen voor',
  'Ouders maken zich zorgen over',
];
const SUBJECTS = [
  'de huishoudelijke hulp',
  'de aanvraag voor een scootmobiel',
  'de uitkering van deze maand',
  'de jeugdhulp voor onze zoon',
  'het keukentafelgesprek',
  'de beschikking',
  'de schuldhulpverlening',
  'het vervoer naar de dagbesteding',
  'de eigen bijdrage',
  'de inburgeringscursus',
  'de woningaanpassing',
  'de terugvordering',
];
const CLOSINGS = [
  '.',
  ', dat duurt veel te lang.',
  '; graag snel contact.',
  ', de medewerker was kortaf.',
  ' en niemand belt terug.',
  ', ik ben het hier niet mee eens.',
  '. Bel mij op 06-12345678.',
  ', mail naar inwoner@example.nl.',
];

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function dutchDate(day: number): string {
  const date = new Date(Date.UTC(2021, 0, 1) + day * 86_400_000);
  return `${pad2(date.getUTCDate())}-${pad2(date.getUTCMonth() + 1)}-${date.getUTCFullYear()}`;
}

function csvCell(value: string): string {
  return /[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Which rows an export holds; the defaults give the benchmark's big file. */
export interface ExportShape {
  rows: number;
  /** Case number of the first row (0-based): rows of an earlier file with the same numbers are updates. */
  firstRow?: number;
  /** Receipt dates: `firstDay` .. `firstDay + days - 1`, counted from 2021-01-01. */
  firstDay?: number;
  days?: number;
  seed?: number;
}

/** The last day the big file uses: a monthly export of "the latest months" starts near it. */
export const EXPORT_DAYS = 2000;

/**
 * Writes rows in the shape of the gemeente-klachten export (Windows-1252, ';') and returns the file's
 * size. The case number depends only on the row number, so a later file with overlapping numbers
 * re-exports those records (with other values: a correction, a closure, a moved month).
 */
export async function generateExport(file: string, shape: ExportShape): Promise<number> {
  const { rows, firstRow = 0, firstDay = 0, days = EXPORT_DAYS, seed = 2015 } = shape;
  const profile = await loadProfile('gemeente-klachten');
  const keys = (name: string): string[] =>
    Object.keys(profile.vocabularies[name] ?? {}).filter((k) => k !== '*');
  const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length)] as T;
  const soort = keys('soort');
  const domein = keys('domein');
  const onderwerp = keys('onderwerp');
  const kanaal = keys('kanaal');
  const indiener = keys('indiener');
  const route = keys('route');
  const uitkomst = keys('uitkomst');
  const maatregelen = keys('maatregelen');
  const aanbieders = keys('aanbieders');
  const rnd = random(seed);
  // 300,000 citizens with valid BSNs; repeat contacts are common.
  const citizens: string[] = [];
  for (let n = 100_000_000; citizens.length < 300_000; n += 7) {
    const candidate = String(n);
    if (elfproef(candidate)) citizens.push(candidate);
  }
  const out = createWriteStream(file);
  const write = async (text: string): Promise<void> => {
    if (!out.write(iconv.encode(text, 'win1252'))) await once(out, 'drain');
  };
  await write(`${KLACHTEN_HEADERS.join(';')}\r\n`);
  let chunk = '';
  for (let i = firstRow; i < firstRow + rows; i++) {
    const received = firstDay + Math.floor(rnd() * days);
    const closed = rnd() < 0.88 ? received + 5 + Math.floor(rnd() * 90) : -1;
    const general = rnd() < 0.3;
    const text = `${pick(OPENINGS, rnd())} ${pick(SUBJECTS, rnd())}${pick(CLOSINGS, rnd())}`;
    const line = cellsInOrder(KLACHTEN_HEADERS, {
      Zaaknummer: `Z-${String(i + 1).padStart(8, '0')}`,
      Soort: pick(soort, rnd()),
      Domein: pick(domein, rnd()),
      Onderwerp: general ? 'Overig' : pick(onderwerp, rnd()),
      Kanaal: pick(kanaal, rnd()),
      Indiener: pick(indiener, rnd()),
      Route: pick(route, rnd()),
      'Datum ontvangst': dutchDate(received),
      'Datum ontvangstbevestiging': dutchDate(received + Math.floor(rnd() * 5)),
      'Datum afgehandeld': closed >= 0 ? dutchDate(closed) : '',
      Verdaagd: rnd() < 0.1 ? 'ja' : 'nee',
      'Externe commissie': rnd() < 0.05 ? 'ja' : 'nee',
      Uitkomst: closed >= 0 ? pick(uitkomst, rnd()) : 'In behandeling',
      Maatregelen: rnd() < 0.4 ? `${pick(maatregelen, rnd())}, ${pick(maatregelen, rnd())}` : '',
      Teruggekoppeld: rnd() < 0.7 ? 'ja' : 'nee',
      BSN: rnd() < 0.9 ? pick(citizens, rnd()) : '',
      Wijk: `WK9901${pad2(1 + Math.floor(rnd() * 8))}`,
      Omschrijving: text,
      'Betreft aanbieder': rnd() < 0.6 ? pick(aanbieders, rnd()) : '',
      Afdeling: pick(['KCC', 'Wijkteam Noord', 'Wijkteam Zuid', 'Klachtenbureau'], rnd()),
    });
    chunk += `${line.map(csvCell).join(';')}\r\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  out.end();
  await once(out, 'close');
  return (await stat(file)).size;
}
