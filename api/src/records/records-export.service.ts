import { csvCell } from '@leerlus/etl';
import { BadRequestException, Injectable } from '@nestjs/common';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../auth/role';
import { CaseRecordFilterInput, MAX_RECORDS } from './dto/case-records.args';
import { RecordCursor, RecordFilters, RecordRow, RecordsRepository } from './records.repository';
import { assertRecordRole, cursorOf, mapCaseRecord, toRecordFilters } from './records.service';

/** Rows fetched per query while streaming: memory stays flat whatever the number of records. */
const BATCH = 1000;

/** The columns of the download, in order; free text is the redacted text, identifiers pseudonyms. */
const COLUMNS: readonly [string, (row: RecordRow) => string | null][] = [
  ['Dossier', (row) => `${row.municipality_code}:${row.id}`],
  ['Ontvangen', (row) => row.received_on],
  ['Afgesloten', (row) => row.closed_on],
  ['Soort', (row) => row.kind],
  ['Domein', (row) => row.domain_label],
  ['Thema', (row) => row.theme_label],
  ['Lijn', (row) => row.line],
  ['Kanaal', (row) => row.channel],
  ['Ingediend door', (row) => row.complainant_type],
  ['Bron', (row) => row.source_organisation],
  ['Over organisatie', (row) => row.subject_organisation],
  ['Wijk', (row) => row.neighbourhood_name ?? row.neighbourhood_code],
  ['Uitkomst', (row) => row.outcome],
  ['Inwoner (pseudoniem)', (row) => mapCaseRecord(row).subjectKeyShort],
  ['Tekst (geanonimiseerd)', (row) => row.text_redacted],
];

type CsvResponse = Writable & { setHeader(name: string, value: string): unknown };

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/**
 * Every record that matches the records page's filters and search, as one CSV (`;`, UTF-8 with BOM,
 * CRLF, formula triggers neutralised), streamed in keyset batches in the page's order and bounded at
 * MAX_RECORDS: a larger selection is refused before anything is written. Audited like a list.
 */
@Injectable()
export class RecordsExportService {
  constructor(
    private readonly repository: RecordsRepository,
    private readonly audit: AuditService,
  ) {}

  async export(viewer: AuthenticatedUser, filter: CaseRecordFilterInput, out: CsvResponse): Promise<void> {
    assertRecordRole(viewer);
    const filters = restFilters(viewer, filter);
    const total = await this.repository.count(filters);
    if (total > MAX_RECORDS) {
      throw new BadRequestException(
        `Deze selectie heeft ${total.toLocaleString('nl-NL')} dossiers; één download bevat er hoogstens ` +
          `${MAX_RECORDS.toLocaleString('nl-NL')}. Kies een kortere periode, een filter of een zoekterm.`,
      );
    }
    await this.audit.record({
      user: viewer,
      action: 'case_record.export',
      entity: 'case_record',
      details: { filter: { ...filters }, returned: total },
    });
    out.setHeader('Content-Type', 'text/csv; charset=utf-8');
    out.setHeader('Content-Disposition', 'attachment; filename="dossiers.csv"');
    out.setHeader('Cache-Control', 'private, no-store');
    await write(out, `\ufeff${COLUMNS.map(([label]) => csvCell(label)).join(';')}\r\n`);
    let after: RecordCursor | null = null;
    for (let written = 0; written < MAX_RECORDS;) {
      const rows = await this.repository.page(filters, { after, offset: 0, limit: BATCH }, false);
      const lines = rows.map(
        (row) => COLUMNS.map(([, value]) => csvCell(value(row) ?? '')).join(';') + '\r\n',
      );
      await write(out, lines.join(''));
      written += rows.length;
      const last = rows.at(-1);
      if (!last || rows.length < BATCH) break;
      after = cursorOf(last);
    }
    out.end();
  }
}

/** Over REST, a wrong filter is a 400 with the same message as in GraphQL. */
function restFilters(viewer: AuthenticatedUser, filter: CaseRecordFilterInput): RecordFilters {
  try {
    return toRecordFilters(viewer, filter);
  } catch (error) {
    if (error instanceof GraphQLError) throw new BadRequestException(error.message);
    throw error;
  }
}
