import { Controller, Get, Param, Res } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { ReportDocumentsService } from './report-documents.service';

/** Downloads of rendered documents (binary, so REST rather than GraphQL). */
@Controller('api/reports/documents')
@Roles('raad', 'panel', 'college', 'beleid', 'beheer')
export class ReportsController {
  constructor(private readonly documents: ReportDocumentsService) {}

  @Get(':id')
  async download(
    @Param('id') id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res() res: ServerResponse,
  ): Promise<void> {
    const file = await this.documents.download(id, user);
    res.statusCode = 200;
    res.setHeader('Content-Type', file.type);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.setHeader('Content-Length', String(file.content.length));
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(file.content);
  }
}
