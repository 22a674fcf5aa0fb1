import { Module } from '@nestjs/common';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { METRICS_CLOCK, systemClock } from '../metrics/metrics.service';
import { ProviderComplianceRepository } from './provider-compliance.repository';
import { ProviderComplianceResolver } from './provider-compliance.resolver';
import { ProviderComplianceService } from './provider-compliance.service';

@Module({
  providers: [
    ProviderComplianceResolver,
    ProviderComplianceService,
    ProviderComplianceRepository,
    { provide: DISCLOSURE_POLICY, useValue: DEFAULT_DISCLOSURE_POLICY },
    { provide: METRICS_CLOCK, useValue: systemClock },
  ],
  // The P&C reports compose their sections from this service (api/src/reports).
  exports: [ProviderComplianceService],
})
export class ProviderComplianceModule {}
