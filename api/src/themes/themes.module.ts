import { Module } from '@nestjs/common';
import { ThemesRepository } from './themes.repository';
import { ThemesResolver } from './themes.resolver';
import { ThemesService } from './themes.service';

/** Editing the theme taxonomy (beheer). AuditService is global. */
@Module({ providers: [ThemesResolver, ThemesService, ThemesRepository] })
export class ThemesModule {}
