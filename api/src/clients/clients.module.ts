import { Module } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module';
import { ClientsRepository } from './clients.repository';
import { ClientsResolver } from './clients.resolver';
import { ClientsService } from './clients.service';

@Module({
  imports: [MetricsModule],
  providers: [ClientsResolver, ClientsService, ClientsRepository],
  exports: [ClientsService, ClientsRepository],
})
export class ClientsModule {}
