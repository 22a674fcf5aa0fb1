import { Module } from '@nestjs/common';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { METRICS_CLOCK, systemClock } from '../metrics/metrics.service';
import { ChainRepository } from './chain.repository';
import { ChainResolver } from './chain.resolver';
import { ChainService } from './chain.service';

@Module({
  providers: [
    ChainResolver,
    ChainService,
    ChainRepository,
    { provide: DISCLOSURE_POLICY, useValue: DEFAULT_DISCLOSURE_POLICY },
    { provide: METRICS_CLOCK, useValue: systemClock },
  ],
  // The CSV API writes its answer (api/src/indicator-api).
  exports: [ChainService],
})
export class ChainModule {}
