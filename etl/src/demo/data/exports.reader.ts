import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { load } from 'js-yaml';
import { type Profile, profileSchema } from '../../profiles/profile.schema';

/**
 * Reads the demo exports back as plain tables (header + rows of strings) and loads the source
 * profiles, so tests and checks can count the planted patterns straight from the raw files,
 * independently of the ETL engine.
 */
export interface Table {
  header: string[];
  rows: string[][];
}

export const PROFILES_DIR = join(__dirname, '..', '..', '..', 'profiles');

export function loadDemoProfile(name: string): Profile {
  const text = readFileSync(join(PROFILES_DIR, `${name}.yaml`), 'utf8');
  return profileSchema.parse(load(text));
}

/** How the ETL compares vocabulary keys and headers: trimmed, whitespace folded, lower case. */
export function key(value: string): string {
  return value.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A profile vocabulary as a lookup (source value -> code; undefined when unknown). */
export function vocabulary(profile: Profile, name: string): (value: string) => string | undefined {
  const entries = new Map(Object.entries(profile.vocabularies[name] ?? {}).map(([k, v]) => [key(k), v]));
  const fallback = entries.get('*');
  return (value) => entries.get(key(value)) ?? fallback;
}

function table(records: string[][]): Table {
  const [header = [], ...rows] = records;
  return { header, rows };
}

export async function readDelimited(
  file: string,
  options: { delimiter: string; encoding: 'windows-1252' | 'utf-8' },
): Promise<Table> {
  const bytes = await readFile(file);
  const text = options.encoding === 'windows-1252' ? iconv.decode(bytes, 'win1252') : bytes.toString('utf8');
  const records: string[][] = parse(text, {
    delimiter: options.delimiter,
    bom: true,
    relax_column_count: false,
  });
  return table(records);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export async function readSheet(file: string, sheetName: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`${file}: no sheet ${sheetName}`);
  const records: string[][] = [];
  sheet.eachRow((row) => {
    const values = row.values as ExcelJS.CellValue[];
    records.push(values.slice(1).map(cellText));
  });
  return table(records);
}

/** Flattens nested objects to "a.b" columns, like the ETL's JSON reader. */
function flatten(
  record: Record<string, unknown>,
  prefix = '',
  out: Record<string, string> = {},
): Record<string, string> {
  for (const [name, value] of Object.entries(record)) {
    const column = prefix ? `${prefix}.${name}` : name;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      flatten(value as Record<string, unknown>, column, out);
    } else {
      out[column] =
        value === null || value === undefined
          ? ''
          : typeof value === 'string'
            ? value
            : typeof value === 'number' || typeof value === 'boolean'
              ? String(value)
              : JSON.stringify(value);
    }
  }
  return out;
}

export async function readJsonRecords(file: string, property: string): Promise<Table> {
  const document = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  const records = (document[property] as Record<string, unknown>[]).map((record) => flatten(record));
  const header = Object.keys(records[0] ?? {});
  return { header, rows: records.map((record) => header.map((column) => record[column] ?? '')) };
}

/** Reads a demo export the way its profile describes it. */
export async function readExport(file: string, profile: Profile): Promise<Table> {
  if (profile.read.format === 'xlsx') return readSheet(file, profile.read.sheet ?? '');
  if (profile.read.format === 'json') return readJsonRecords(file, profile.read.records ?? '');
  return readDelimited(file, {
    delimiter: profile.read.delimiter === 'auto' ? ';' : profile.read.delimiter,
    encoding: profile.read.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8',
  });
}

/** Column accessor by header name (as in the profile). */
export function column(data: Table, name: string): (row: string[]) => string {
  const index = data.header.findIndex((header) => key(header) === key(name));
  if (index < 0) throw new Error(`no column ${name} in ${data.header.join(', ')}`);
  return (row) => row[index] ?? '';
}
