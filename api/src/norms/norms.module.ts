import { Module } from '@nestjs/common';
import { NormsResolver } from './norms.resolver';
import { NormsService } from './norms.service';

@Module({ providers: [NormsResolver, NormsService] })
export class NormsModule {}
