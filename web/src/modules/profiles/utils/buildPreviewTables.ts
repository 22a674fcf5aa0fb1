import type { FilePreview } from '@/modules/profiles/utils/previewImport';
import type { TableData } from '@/ui/table/tableData';

const text = (value: string) => ({ kind: 'text', text: value }) as const;

function valueText(value: FilePreview['rows'][number]['values'][string]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  return String(value);
}

/** The columns found, with the values seen and the field Leerlus suggests. */
export function buildColumnsTable(preview: FilePreview): TableData {
  return {
    caption: 'Kolommen in het bestand en de voorgestelde velden',
    rowHeaderLabel: 'Kolom',
    columns: [
      { key: 'values', label: 'Waarden gezien' },
      { key: 'field', label: 'Voorgesteld veld' },
      { key: 'because', label: 'Waarom' },
    ],
    rows: preview.columns.map((column, index) => ({
      key: `${index}`,
      header: column.column,
      cells: [
        text(column.values.join(' | ')),
        text(column.field ?? 'niet gebruiken'),
        text(column.because ?? ''),
      ],
    })),
  };
}

/** The first rows as they would be stored: one column per field that has a value in any row. */
export function buildStoredRowsTable(preview: FilePreview): TableData {
  const fields = [...new Set(preview.rows.flatMap((row) => Object.keys(row.values)))];
  return {
    caption: 'De eerste rijen zoals ze worden opgeslagen (teksten al geanonimiseerd)',
    rowHeaderLabel: 'Rij',
    columns: fields.map((field) => ({ key: field, label: field })),
    rows: preview.rows.map((row) => ({
      key: String(row.line),
      header: String(row.line),
      cells: fields.map((field) => text(valueText(row.values[field] ?? null))),
    })),
  };
}

export function buildRejectedTable(preview: FilePreview): TableData {
  return {
    caption: 'Rijen die worden afgewezen, en waarom',
    rowHeaderLabel: 'Rij',
    columns: [
      { key: 'column', label: 'Kolom' },
      { key: 'reason', label: 'Reden' },
    ],
    rows: preview.rejected.map((row, index) => ({
      key: `${row.line}-${index}`,
      header: String(row.line),
      cells: [text(row.column ?? ''), text(row.reason)],
    })),
  };
}

/** The redaction markers as words (labels never raw codes). */
const PII_LABELS: Record<string, string> = {
  '[BSN]': 'BSN',
  '[E-MAIL]': 'e-mailadres',
  '[TELEFOON]': 'telefoonnummer',
  '[IBAN]': 'IBAN',
  '[ADRES]': 'adres of postcode',
  '[NAAM]': 'naam',
};

export function buildRedactionsTable(preview: FilePreview): TableData {
  return {
    caption: 'Persoonsgegevens die worden weggehaald voordat iets wordt opgeslagen',
    rowHeaderLabel: 'Rij',
    columns: [
      { key: 'column', label: 'Kolom' },
      { key: 'found', label: 'Gevonden' },
    ],
    rows: preview.redactions.map((row, index) => ({
      key: `${row.line}-${index}`,
      header: String(row.line),
      cells: [text(row.column), text(row.found.map((marker) => PII_LABELS[marker] ?? marker).join(', '))],
    })),
  };
}
