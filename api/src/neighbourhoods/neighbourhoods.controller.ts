import {
  Body,
  Controller,
  HttpCode,
  Post,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { CsrfHeaderGuard } from '../imports/csrf-header.guard';
import { UploadTooLargeFilter } from '../imports/imports.controller';
import type { UploadedFileInfo } from '../imports/imports.service';
import { BoundaryUploadResult, NeighbourhoodsService } from './neighbourhoods.service';

/** The boundary upload of Beheer → Gemeenten: a file, like the imports (beheer only). */
@Controller('api/boundaries')
@Roles('beheer')
export class NeighbourhoodsController {
  constructor(private readonly service: NeighbourhoodsService) {}

  /** multipart/form-data: file (GeoJSON), municipality; header x-leerlus-csrf: 1. */
  @Post()
  @HttpCode(200)
  @UseGuards(CsrfHeaderGuard)
  @UseFilters(UploadTooLargeFilter)
  @UseInterceptors(FileInterceptor('file'))
  upload(
    @CurrentUser() user: AuthenticatedUser,
    @UploadedFile() file: UploadedFileInfo | undefined,
    @Body() fields: { municipality?: unknown } | undefined,
  ): Promise<BoundaryUploadResult> {
    return this.service.upload(user, file, fields?.municipality);
  }
}
