import { Module } from '@nestjs/common';
import { MunicipalitiesRepository } from './municipalities.repository';
import { MunicipalitiesResolver } from './municipalities.resolver';

@Module({ providers: [MunicipalitiesResolver, MunicipalitiesRepository] })
export class MunicipalitiesModule {}
