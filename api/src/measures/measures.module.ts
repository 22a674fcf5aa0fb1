import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module';
import { METRICS_CLOCK, systemClock } from '../metrics/metrics.service';
import { MetricsModule } from '../metrics/metrics.module';
import { MeasuresRepository } from './measures.repository';
import { MeasuresResolver } from './measures.resolver';
import { MeasuresService } from './measures.service';

@Module({
  imports: [MetricsModule, ClientsModule],
  providers: [
    MeasuresResolver,
    MeasuresService,
    MeasuresRepository,
    { provide: METRICS_CLOCK, useValue: systemClock },
  ],
  exports: [MeasuresService],
})
export class MeasuresModule {}
