import { shortPseudonym } from '@leerlus/etl';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser, RECORD_ROLES } from '../auth/role';
import { CaseRecordFilterInput, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageInput } from './dto/case-records.args';
import { CaseRecordPage, CaseRecordView } from './models/case-record.model';
import { RecordCursor, RecordFilters, RecordRow, RecordsRepository } from './records.repository';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Pure mapping from the selected row to the published record. */
export function mapCaseRecord(row: RecordRow): CaseRecordView {
  return {
    id: `${row.municipality_code}:${row.id}`,
    municipalityCode: row.municipality_code,
    receivedOn: row.received_on,
    closedOn: row.closed_on,
    kind: row.kind,
    domain: row.domain_code,
    domainLabel: row.domain_label,
    themeCode: row.theme_code,
    themeLabel: row.theme_label,
    channel: row.channel,
    complainantType: row.complainant_type,
    line: row.line,
    outcome: row.outcome,
    sourceOrganisation: row.source_organisation,
    subjectOrganisation: row.subject_organisation,
    neighbourhoodCode: row.neighbourhood_code,
    textRedacted: row.text_redacted,
    subjectKeyShort: shortPseudonym(row.subject_key_short),
  };
}

export function encodeCursor(cursor: RecordCursor): string {
  return Buffer.from(JSON.stringify([cursor.receivedOn, cursor.municipalityCode, cursor.id])).toString(
    'base64url',
  );
}

export function decodeCursor(value: string): RecordCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      typeof parsed[0] === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(parsed[0]) &&
      typeof parsed[1] === 'string' &&
      typeof parsed[2] === 'string' &&
      /^\d{1,19}$/.test(parsed[2])
    ) {
      return { receivedOn: parsed[0], municipalityCode: parsed[1], id: parsed[2] };
    }
  } catch {
    // fall through
  }
  throw badInput('Ongeldige cursor');
}

/** `GM0001:123` -> its parts; null when malformed (treated as not found). */
export function parseRecordId(value: string): { municipalityCode: string; id: string } | null {
  const match = /^(GM\d{4}):(\d{1,18})$/.exec(value);
  return match?.[1] && match[2] ? { municipalityCode: match[1], id: match[2] } : null;
}

@Injectable()
export class RecordsService {
  constructor(
    private readonly repository: RecordsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(
    viewer: AuthenticatedUser,
    filter: CaseRecordFilterInput | null | undefined,
    page: PageInput | null | undefined,
  ): Promise<CaseRecordPage> {
    assertRecordRole(viewer);
    const first = page?.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw badInput(`first moet tussen 1 en ${MAX_PAGE_SIZE} liggen`);
    }
    if (filter?.from && filter.to && filter.from > filter.to) {
      throw badInput('from mag niet na to liggen');
    }
    const after = page?.after ? decodeCursor(page.after) : null;
    const filters: RecordFilters = {
      municipality: viewer.municipalityCode,
      from: filter?.from ?? null,
      to: filter?.to ?? null,
      domain: filter?.domain ?? null,
      theme: filter?.theme ?? null,
      organisation: filter?.organisation ?? null,
      kind: filter?.kind ?? null,
      line: filter?.line ?? null,
    };
    const [rows, totalCount] = await Promise.all([
      this.repository.page(filters, after, first + 1),
      this.repository.count(filters),
    ]);
    const shown = rows.slice(0, first);
    const last = shown.at(-1);
    await this.audit.record({
      user: viewer,
      action: 'case_record.list',
      entity: 'case_record',
      details: {
        filter: { ...filters },
        page: { first, after: page?.after ?? null },
        returned: shown.length,
      },
    });
    return {
      records: shown.map(mapCaseRecord),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: last
          ? encodeCursor({
              receivedOn: last.received_on,
              municipalityCode: last.municipality_code,
              id: last.id,
            })
          : null,
      },
      totalCount,
    };
  }

  async one(viewer: AuthenticatedUser, id: string): Promise<CaseRecordView | null> {
    assertRecordRole(viewer);
    const parsed = parseRecordId(id);
    const row = parsed
      ? await this.repository.findOne(parsed.municipalityCode, parsed.id, viewer.municipalityCode)
      : null;
    await this.audit.record({
      user: viewer,
      action: 'case_record.read',
      entity: 'case_record',
      entityId: id,
      details: { returned: row ? 1 : 0 },
    });
    return row ? mapCaseRecord(row) : null;
  }
}

/** Defence in depth: the guard already refuses other roles. */
function assertRecordRole(viewer: AuthenticatedUser): void {
  if (!RECORD_ROLES.includes(viewer.role)) throw new ForbiddenException('Geen toegang');
}
