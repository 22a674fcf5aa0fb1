import type { Profile } from '../profiles/profile.schema';
import { openCsv } from './csv.reader';
import type { FileInspection } from './inspect';
import { openJson } from './json.reader';
import { type OpenedSource, REJECTION_COLUMN, SourceError } from './source';
import { openXlsx } from './xlsx.reader';

export interface OpenOptions {
  listSeparator: string;
  expectedColumns: string[];
  onWarning?: (message: string) => void;
}

const REJECTED_ROWS_HEADER = Buffer.from(REJECTION_COLUMN);

function isRejectedRowsCsv(inspection: FileInspection): boolean {
  if (inspection.format !== 'csv') return false;
  const end = inspection.sample.indexOf(0x0a);
  return inspection.sample.subarray(0, end < 0 ? undefined : end).includes(REJECTED_ROWS_HEADER);
}

/** Opens the export with the reader its format needs (profile `read.format`, else detected). */
export async function openSource(
  file: string,
  read: Profile['read'],
  inspection: FileInspection,
  options: OpenOptions,
): Promise<OpenedSource> {
  if (inspection.size === 0 || inspection.format === 'empty') {
    throw new SourceError('Het bestand is leeg.');
  }
  if (inspection.format === 'xls') {
    throw new SourceError(
      'Dit is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of als CSV en importeer opnieuw.',
    );
  }
  // The rejected rows of any import come back as Leerlus's own CSV (see load/rejected-export.ts): read
  // it as such also when the profile is for XLSX or JSON, so it re-imports with the same profile.
  const format = read.format === 'auto' || isRejectedRowsCsv(inspection) ? inspection.format : read.format;
  if (read.format !== 'auto' && inspection.format === 'xlsx' && read.format !== 'xlsx') {
    throw new SourceError(
      `Het profiel verwacht ${read.format.toUpperCase()}, maar dit is een Excel-bestand (XLSX).`,
    );
  }
  switch (format) {
    case 'xlsx':
      return openXlsx(file, inspection, {
        sheet: read.sheet,
        headerRow: read.headerRow,
        expectedColumns: options.expectedColumns,
      });
    case 'json':
      if (!inspection.validUtf8) {
        throw new SourceError('JSON-bestanden moeten UTF-8 zijn; dit bestand is dat niet.');
      }
      return openJson(file, {
        records: read.records,
        listSeparator: options.listSeparator,
        expectedColumns: options.expectedColumns,
        onUnknownKey: (key) =>
          options.onWarning?.(`JSON-eigenschap "${key}" komt niet in het profiel voor en is genegeerd`),
      });
    case 'csv':
      return openCsv(file, inspection, {
        delimiter: read.delimiter === 'auto' ? 'auto' : read.delimiter,
        encoding: read.encoding,
        headerRow: read.headerRow,
        expectedColumns: options.expectedColumns,
      });
    default:
      throw new SourceError('Onbekend bestandsformaat.');
  }
}
