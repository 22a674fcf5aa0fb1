import { BadRequestException, Controller, Get, Query, Res } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { CaseRecordFilterInput } from './dto/case-records.args';
import { RecordsExportService } from './records-export.service';

/** As the query parser may give it (`a[b]=` makes an object). */
type QueryValue = string | string[] | Record<string, unknown> | undefined;
const LIST_FIELDS = ['domain', 'theme', 'organisation', 'kind', 'line'] as const;
const CODE = /^[\w:.-]{1,100}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The records page's filter from a query string with the GraphQL field names: `from`, `to`, `search`
 * once; `domain`, `theme`, `organisation`, `kind`, `line` repeated for several codes.
 */
export function parseExportQuery(query: Record<string, QueryValue>): CaseRecordFilterInput {
  const single = (name: string): string | null => {
    const value = query[name];
    if (value !== undefined && typeof value !== 'string') {
      throw new BadRequestException(`${name} mag maar één keer voorkomen`);
    }
    return value?.trim() || null;
  };
  const filter: CaseRecordFilterInput = { search: single('search') };
  for (const name of ['from', 'to'] as const) {
    const value = single(name);
    if (value !== null && (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))) {
      throw new BadRequestException(`${name} moet een datum zijn zoals 2025-01-31`);
    }
    filter[name] = value;
  }
  for (const name of LIST_FIELDS) {
    const raw = query[name];
    const values: unknown[] = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    const codes = values.filter((value): value is string => typeof value === 'string' && CODE.test(value));
    if (codes.length !== values.length) throw new BadRequestException(`Ongeldige code in ${name}`);
    filter[name] = codes.length > 0 ? codes : null;
  }
  return filter;
}

/** Every matching record as CSV (a download, so REST; beleid and beheer only, audited). */
@Controller('api/records')
@Roles('beleid', 'beheer')
export class RecordsController {
  constructor(private readonly exports: RecordsExportService) {}

  @Get('export.csv')
  async exportCsv(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: Record<string, QueryValue>,
    @Res() res: ServerResponse,
  ): Promise<void> {
    await this.exports.export(user, parseExportQuery(query), res);
  }
}
