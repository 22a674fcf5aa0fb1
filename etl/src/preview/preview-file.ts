import { basename, resolve } from 'node:path';
import type { Pool } from 'pg';
import { profileColumns } from '../import-file';
import { OrganisationResolver } from '../load/organisations';
import { ThemeCatalog } from '../load/themes';
import { redactText } from '../privacy/pii';
import { loadPseudonymKey, Pseudonymiser } from '../privacy/pseudonym';
import type { LoadedProfile } from '../profiles/profile.loader';
import type { Target } from '../profiles/targets';
import { inspectFile } from '../read/inspect';
import { openSource } from '../read/open';
import type { OpenedSource } from '../read/source';
import { groupRows } from '../transform/group-rows';
import { type FieldValue, RowMapper } from '../transform/row-mapper';
import { type ColumnSuggestion, draftProfile, suggestFields } from './suggest-mapping';

/** What an import of a file would do, without storing anything (`etl check`, the upload preview). */
export interface FilePreview {
  file: string;
  format: OpenedSource['format'];
  /** Encoding, delimiter, sheet and header row as read. */
  description: string;
  headerLine: number;
  columns: ColumnSuggestion[];
  /** With a profile: the first rows as they would be stored (texts redacted, identifiers pseudonymised). */
  rows: { line: number; values: Record<string, FieldValue> }[];
  rejected: { line: number; column: string | null; reason: string }[];
  /** Cells whose personal data would be redacted: row, column and the kinds of data found. */
  redactions: { line: number; column: string; found: string[] }[];
  /** Why the file cannot be imported with the profile at all (missing columns, forbidden extra columns). */
  problems: string[];
  warnings: string[];
  /** Without a profile: a draft profile from the suggestions, to adjust and save. */
  draft: string | null;
}

export interface PreviewOptions {
  file: string;
  /** Without a profile the preview shows the columns and a draft profile for `target`. */
  profile?: LoadedProfile | undefined;
  target?: Target;
  rows?: number;
  dataDir?: string | undefined;
  /** The file's name as the user knows it (an upload is stored under a random name). */
  name?: string | undefined;
}

const SAMPLE_VALUES = 5;
const MARKER = /\[(BSN|E-MAIL|TELEFOON|IBAN|ADRES|NAAM)\]/g;

/** The kinds of personal data redaction would remove from a value (markers it adds). */
function redactedKinds(value: string): string[] {
  const before = new Set(value.match(MARKER) ?? []);
  return [...new Set(redactText(value).match(MARKER) ?? [])].filter((marker) => !before.has(marker));
}

export async function previewFile(pool: Pool, options: PreviewOptions): Promise<FilePreview> {
  const file = resolve(options.file);
  const limit = options.rows ?? 50;
  const profile = options.profile;
  const inspection = await inspectFile(file);
  const warnings: string[] = [];
  const read = profile?.read ?? {
    format: 'auto' as const,
    delimiter: 'auto' as const,
    encoding: 'auto' as const,
  };
  const opened = await openSource(file, read, inspection, {
    listSeparator: profile?.listSeparator ?? ';',
    expectedColumns: profile ? profileColumns(profile) : [],
    onWarning: (message) => warnings.push(message),
  });
  const source = profile ? groupRows(opened, profile) : opened;
  const sample: { line: number; values: string[] }[] = [];
  try {
    for await (const batch of source.batches) {
      batch.rows.forEach((values, k) => {
        if (sample.length < limit) sample.push({ line: batch.lines[k] as number, values });
      });
      if (sample.length >= limit) break;
    }
  } finally {
    await source.batches.return(undefined);
  }
  const seen = source.headers.map((column, i) => ({
    column,
    values: [...new Set(sample.map((row) => (row.values[i] ?? '').trim()).filter((v) => v !== ''))]
      .slice(0, SAMPLE_VALUES)
      .map((value) => redactText(value)),
  }));
  const target = profile?.target ?? options.target ?? 'case_record';
  const shownName = options.name ?? basename(file);
  const preview: FilePreview = {
    file: redactText(shownName),
    format: source.format,
    description: source.description,
    headerLine: source.headerLine ?? 1,
    columns: suggestFields(target, seen),
    rows: [],
    rejected: [],
    redactions: [],
    problems: [],
    warnings,
    draft: null,
  };
  if (!profile) {
    const { rows } = await pool.query<{ code: string }>(
      "SELECT code FROM organisation WHERE kind = 'gemeente' ORDER BY id LIMIT 1",
    );
    const name = shownName
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    preview.draft = draftProfile(name.replace(/^-|-$/g, '') || 'nieuw-profiel', target, preview.columns, {
      organisation: rows[0]?.code ?? 'gemeente',
    });
    return preview;
  }
  const client = await pool.connect();
  try {
    const organisations = await OrganisationResolver.load(client, profile.createOrganisations);
    const themes = await ThemeCatalog.load(client);
    const names = await client.query<{ kind: string; id: number; code: string }>(
      `SELECT 'organisation' AS kind, id, code FROM organisation UNION ALL SELECT 'theme', id, code FROM theme`,
    );
    const codeOf = new Map(names.rows.map((row) => [`${row.kind}:${row.id}`, row.code]));
    const pseudonymiser = new Pseudonymiser(await loadPseudonymKey({ dataDir: options.dataDir }));
    const mapper = new RowMapper(
      profile,
      source.headers,
      { pseudonymiser, organisations, themes },
      source.presentHeaders,
    );
    preview.problems.push(...mapper.fatal);
    warnings.push(...mapper.warnings);
    const types = mapper.fieldNames.map((field) => mapper.typeOf(field));
    for (const row of sample) {
      const mapped = mapper.map(row.values, row.line);
      if (Array.isArray(mapped)) {
        const values: Record<string, FieldValue> = {};
        mapped.forEach((value, i) => {
          if (value === null) return;
          const type = types[i];
          const name = mapper.fieldNames[i] as string;
          values[name] =
            typeof value === 'number' && (type === 'organisation' || type === 'theme')
              ? value < 0
                ? `nieuw: ${organisations.pendingName(value) ?? ''}`
                : (codeOf.get(`${type}:${value}`) ?? value)
              : value;
        });
        preview.rows.push({ line: row.line, values });
      } else {
        preview.rejected.push({ line: mapped.line, column: mapped.column, reason: mapped.reason });
      }
      source.headers.forEach((column, i) => {
        const found = redactedKinds(row.values[i] ?? '');
        if (found.length > 0 && !mapper.isRecordId(i)) {
          preview.redactions.push({ line: row.line, column, found });
        }
      });
    }
  } finally {
    client.release();
  }
  return preview;
}
