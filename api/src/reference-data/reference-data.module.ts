import { Module } from '@nestjs/common';
import { ReferenceDataRepository } from './reference-data.repository';
import { ReferenceDataResolver } from './reference-data.resolver';
import { ReferenceDataService } from './reference-data.service';

@Module({ providers: [ReferenceDataResolver, ReferenceDataService, ReferenceDataRepository] })
export class ReferenceDataModule {}
