/** Test helpers for the ETL specs (excluded from the build). */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Pool } from 'pg';

export const TEST_MUNICIPALITY = 'GM0001';
export const TEST_KEY = 'test-pseudonym-key-0123456789abcdef';

/** A municipality, its own organisation, one provider and an ombudsman. */
export async function seedReference(pool: Pool, extra: { code: string; name: string }[] = []): Promise<void> {
  await pool.query(
    `INSERT INTO municipality (code, name) VALUES ('GM0001', 'Testdorp') ON CONFLICT DO NOTHING`,
  );
  await pool.query(
    `INSERT INTO organisation (code, name, kind, municipality_code) VALUES
       ('gemeente-testdorp', 'Gemeente Testdorp', 'gemeente', 'GM0001'),
       ('zorg-de-linde', 'Zorggroep De Linde', 'aanbieder', 'GM0001'),
       ('ombudsman-regio', 'Ombudsman Regio', 'ombudsman', NULL)
     ON CONFLICT DO NOTHING`,
  );
  for (const org of extra) {
    await pool.query(
      `INSERT INTO organisation (code, name, kind, municipality_code) VALUES ($1, $2, 'aanbieder', 'GM0001') ON CONFLICT DO NOTHING`,
      [org.code, org.name],
    );
  }
}

export const CASE_HEADERS = [
  'Zaaknummer',
  'Soort',
  'Domein',
  'Onderwerp',
  'Kanaal',
  'Organisatie',
  'Datum ontvangst',
  'Datum afgehandeld',
  'Uitkomst',
  'Teruggekoppeld',
  'BSN',
  'Wijk',
  'Omschrijving',
] as const;

export type CaseRow = Record<(typeof CASE_HEADERS)[number], string>;

export function caseRow(n: number, overrides: Partial<CaseRow> = {}): CaseRow {
  return {
    Zaaknummer: `KL-${String(n).padStart(5, '0')}`,
    Soort: 'Klacht',
    Domein: 'Wmo',
    Onderwerp: n % 3 === 0 ? 'Wachttijd' : '',
    Kanaal: 'Telefoon',
    Organisatie: 'Zorggroep De Linde',
    'Datum ontvangst': '03-04-2024',
    'Datum afgehandeld': '15-05-2024',
    Uitkomst: 'Gegrond',
    Teruggekoppeld: 'ja',
    BSN: '',
    Wijk: 'WK000101',
    Omschrijving: 'De medewerker was onvriendelijk en de hulp duurde lang.',
    ...overrides,
  };
}

export const CASE_PROFILE = `
name: test-klachten
label: Testdorp klachten
target: case_record
fields:
  external_id: { column: Zaaknummer }
  source_organisation: { default: gemeente-testdorp }
  subject_organisation: { column: Organisatie }
  kind: { column: Soort, vocabulary: soorten }
  domain: { column: Domein, vocabulary: domeinen }
  theme: { column: Onderwerp, vocabulary: themas }
  channel: { column: Kanaal, vocabulary: kanalen }
  line: { default: eerste_lijn_gemeente }
  received_on: { column: Datum ontvangst }
  closed_on: { column: Datum afgehandeld }
  outcome: { column: Uitkomst, vocabulary: uitkomsten }
  feedback_given: { column: Teruggekoppeld }
  subject: { column: BSN }
  neighbourhood_code: { column: Wijk }
  text: { column: Omschrijving }
vocabularies:
  soorten: { Klacht: klacht, Signaal: signaal, Melding: melding }
  domeinen: { Wmo: wmo, Jeugd: jeugd, Participatie: werk_inkomen }
  themas: { Wachttijd: wachttijd, Bejegening: bejegening, Overig: onbekend }
  kanalen: { Telefoon: telefoon, E-mail: email, Brief: brief, '*': onbekend }
  uitkomsten: { Gegrond: gegrond, Ongegrond: ongegrond, 'Deels gegrond': deels_gegrond, Lopend: lopend }
`;

export async function writeText(dir: string, name: string, text: string | Buffer): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, text);
  return file;
}

function csvCell(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with a header row; rows are objects keyed by header. */
export function toCsv(headers: readonly string[], rows: Record<string, string>[], delimiter = ';'): string {
  const lines = [headers.map((h) => csvCell(h, delimiter)).join(delimiter)];
  for (const row of rows) lines.push(headers.map((h) => csvCell(row[h] ?? '', delimiter)).join(delimiter));
  return `${lines.join('\r\n')}\r\n`;
}

/** A collector for importFile's `log` option. */
export function captureLog(): { lines: string[]; log: (message: string) => void } {
  const lines: string[] = [];
  return { lines, log: (message) => lines.push(message) };
}

/**
 * Holds both side sessions of an initial load (import/derived-after-commit.ts) open for `seconds` after the
 * facts' commit: each rollup half sleeps after one of its writes. Resolves with the function that undoes it.
 */
export async function holdDerivedWrites(pool: Pool, seconds: number): Promise<() => Promise<void>> {
  const tables = ['chain_period_step', 'outcome_month_line'];
  await pool.query(
    `CREATE FUNCTION hold_derived_write() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN PERFORM pg_sleep(${seconds}); RETURN NULL; END $$;
     ${tables
       .map(
         (table) =>
           `CREATE TRIGGER hold_derived_write AFTER INSERT ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION hold_derived_write();`,
       )
       .join('\n')}`,
  );
  return async () => {
    await pool.query(
      `${tables.map((table) => `DROP TRIGGER hold_derived_write ON ${table};`).join('\n')} DROP FUNCTION hold_derived_write()`,
    );
  };
}
