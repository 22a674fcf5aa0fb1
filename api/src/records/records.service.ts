import { shortPseudonym } from '@leerlus/etl';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser, RECORD_ROLES } from '../auth/role';
import {
  CaseRecordFilterInput,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MAX_RECORDS,
  MAX_SEARCH_LENGTH,
  PageInput,
} from './dto/case-records.args';
import { CaseRecordPage, CaseRecordView, TextSegment } from './models/case-record.model';
import {
  MATCH_END,
  MATCH_START,
  RecordCursor,
  RecordFilters,
  RecordRow,
  RecordsRepository,
} from './records.repository';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** A headline from ts_headline, split at its match marks: plain text pieces, never markup. */
export function splitHighlight(headline: string): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const [index, part] of headline.split(MATCH_START).entries()) {
    const [matched, rest] = index === 0 ? [null, part] : splitOnce(part, MATCH_END);
    if (matched) segments.push({ text: matched, matched: true });
    if (rest) segments.push({ text: rest, matched: false });
  }
  return segments;
}

function splitOnce(value: string, separator: string): [string, string] {
  const at = value.indexOf(separator);
  return at < 0 ? [value, ''] : [value.slice(0, at), value.slice(at + separator.length)];
}

/**
 * The one check of the filter input, for the list and the export: the viewer's municipality is
 * always added, a search is trimmed and bounded.
 */
export function toRecordFilters(
  viewer: AuthenticatedUser,
  filter: CaseRecordFilterInput | null | undefined,
): RecordFilters {
  if (filter?.from && filter.to && filter.from > filter.to) {
    throw badInput('from mag niet na to liggen');
  }
  const search = filter?.search?.trim() || null;
  if (search && search.length > MAX_SEARCH_LENGTH) {
    throw badInput(`De zoekterm is te lang (hoogstens ${MAX_SEARCH_LENGTH} tekens)`);
  }
  return {
    municipality: viewer.municipalityCode,
    from: filter?.from ?? null,
    to: filter?.to ?? null,
    domain: filter?.domain ?? null,
    theme: filter?.theme ?? null,
    organisation: filter?.organisation ?? null,
    kind: filter?.kind ?? null,
    line: filter?.line ?? null,
    search,
  };
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
    neighbourhoodName: row.neighbourhood_name,
    textRedacted: row.text_redacted,
    subjectKeyShort: shortPseudonym(row.subject_key_short),
    highlight: row.headline === null ? null : splitHighlight(row.headline),
  };
}

export function cursorOf(row: RecordRow): RecordCursor {
  return { rank: row.rank, receivedOn: row.received_on, municipalityCode: row.municipality_code, id: row.id };
}

export function encodeCursor(cursor: RecordCursor): string {
  return Buffer.from(
    JSON.stringify([cursor.receivedOn, cursor.municipalityCode, cursor.id, cursor.rank]),
  ).toString('base64url');
}

/** The rank of a cursor: a number as PostgreSQL printed it, or null for a list without a search. */
function isRank(value: unknown): value is string | null {
  return value === null || (typeof value === 'string' && Number.isFinite(Number(value)));
}

export function decodeCursor(value: string): RecordCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 4 &&
      isRank(parsed[3]) &&
      typeof parsed[0] === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(parsed[0]) &&
      typeof parsed[1] === 'string' &&
      typeof parsed[2] === 'string' &&
      /^\d{1,19}$/.test(parsed[2])
    ) {
      const rank: string | null = parsed[3];
      return { receivedOn: parsed[0], municipalityCode: parsed[1], id: parsed[2], rank };
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
    const offset = page?.offset ?? 0;
    if (!Number.isInteger(offset) || offset < 0 || offset > MAX_RECORDS) {
      throw badInput(`offset moet tussen 0 en ${MAX_RECORDS} liggen`);
    }
    if (offset > 0 && page?.after) throw badInput('Gebruik after of offset, niet allebei');
    const after = page?.after ? decodeCursor(page.after) : null;
    const filters = toRecordFilters(viewer, filter);
    if (after && (after.rank === null) !== (filters.search === null)) throw badInput('Ongeldige cursor');
    const [rows, totalCount] = await Promise.all([
      this.repository.page(filters, { after, offset, limit: first + 1 }, true),
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
        page: { first, after: page?.after ?? null, offset },
        returned: shown.length,
      },
    });
    return {
      records: shown.map(mapCaseRecord),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: last ? encodeCursor(cursorOf(last)) : null,
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
export function assertRecordRole(viewer: AuthenticatedUser): void {
  if (!RECORD_ROLES.includes(viewer.role)) throw new ForbiddenException('Geen toegang');
}
