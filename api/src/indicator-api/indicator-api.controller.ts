import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { indicatorApiCatalog } from './indicator-api-catalog';
import { QueryValue } from './indicator-api.params';
import { IndicatorApiService } from './indicator-api.service';
import { IndicatorApiCatalog } from './models/indicator-api-catalog.model';
import { PlainTextErrorFilter } from './plain-text-error.filter';

/**
 * The CSV API for BI tools (docs/api.md): an index and one CSV per indicator of the metric catalog,
 * for a session or a personal API token (Authorization: Bearer), every role.
 */
@Controller('api/v1/indicatoren')
@Roles('raad', 'panel', 'college', 'beleid', 'beheer')
@UseFilters(PlainTextErrorFilter)
export class IndicatorApiController {
  constructor(private readonly service: IndicatorApiService) {}

  @Get()
  index(): IndicatorApiCatalog {
    return indicatorApiCatalog();
  }

  @Get(':file')
  async csv(
    @CurrentUser() user: AuthenticatedUser,
    @Param('file') file: string,
    @Query() query: Record<string, QueryValue>,
    @Res() res: Response,
  ): Promise<void> {
    const csv = await this.service.csv(user, file, query);
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="${csv.fileName}"`)
      .setHeader('Cache-Control', 'private, no-store')
      .send(csv.body);
  }
}
