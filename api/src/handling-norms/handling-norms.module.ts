import { Module } from '@nestjs/common';
import { HandlingNormsRepository } from './handling-norms.repository';
import { HandlingNormsResolver } from './handling-norms.resolver';
import { HandlingNormsService } from './handling-norms.service';

@Module({ providers: [HandlingNormsResolver, HandlingNormsService, HandlingNormsRepository] })
export class HandlingNormsModule {}
