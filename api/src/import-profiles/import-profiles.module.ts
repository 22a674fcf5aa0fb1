import { Module } from '@nestjs/common';
import { ImportProfilesRepository } from './import-profiles.repository';
import { ImportProfilesResolver } from './import-profiles.resolver';
import { ImportProfilesService } from './import-profiles.service';

@Module({ providers: [ImportProfilesResolver, ImportProfilesService, ImportProfilesRepository] })
export class ImportProfilesModule {}
