import {
  ArgumentsHost,
  Body,
  Catch,
  Controller,
  ExceptionFilter,
  Get,
  HttpCode,
  Inject,
  Param,
  PayloadTooLargeException,
  Post,
  Res,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { FilePreview } from '@leerlus/etl';
import type { ServerResponse } from 'node:http';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { CsrfHeaderGuard } from './csrf-header.guard';
import { IMPORTS_CONFIG, ImportsConfig } from './imports.config';
import { ImportsService, UploadAccepted, UploadedFileInfo, UploadFields } from './imports.service';

/** Multer's "File too large" in Dutch, with the limit. */
@Catch(PayloadTooLargeException)
export class UploadTooLargeFilter implements ExceptionFilter {
  constructor(@Inject(IMPORTS_CONFIG) private readonly config: ImportsConfig) {}

  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<ServerResponse>();
    const mb = Math.round(this.config.maxUploadBytes / 1024 / 1024);
    res.statusCode = 413;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(
      JSON.stringify({
        statusCode: 413,
        error: 'Payload Too Large',
        message: `Het bestand is groter dan ${mb} MB; splits het of vraag de beheerder de limiet (LEERLUS_UPLOAD_MAX_MB) te verhogen.`,
      }),
    );
  }
}

/** REST for what GraphQL does badly: file upload and CSV download (beheer only). */
@Controller('api/imports')
@Roles('beheer')
export class ImportsController {
  constructor(private readonly service: ImportsService) {}

  /** multipart/form-data: file, profile, optional municipality; header x-leerlus-csrf: 1. */
  @Post()
  @HttpCode(202)
  @UseGuards(CsrfHeaderGuard)
  @UseFilters(UploadTooLargeFilter)
  @UseInterceptors(FileInterceptor('file'))
  upload(
    @CurrentUser() user: AuthenticatedUser,
    @UploadedFile() file: UploadedFileInfo | undefined,
    @Body() fields: UploadFields,
  ): Promise<UploadAccepted> {
    return this.service.upload(user, file, fields ?? {});
  }

  /** multipart/form-data: file, optional profile (else a draft profile for `target`); nothing stored. */
  @Post('preview')
  @HttpCode(200)
  @UseGuards(CsrfHeaderGuard)
  @UseFilters(UploadTooLargeFilter)
  @UseInterceptors(FileInterceptor('file'))
  preview(
    @CurrentUser() user: AuthenticatedUser,
    @UploadedFile() file: UploadedFileInfo | undefined,
    @Body() fields: UploadFields,
  ): Promise<FilePreview> {
    return this.service.preview(user, file, fields ?? {});
  }

  @Get(':id/rejected.csv')
  async rejectedCsv(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Res() res: ServerResponse,
  ): Promise<void> {
    await this.service.exportRejected(user, id, res);
  }
}
