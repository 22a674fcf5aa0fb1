import { Module } from '@nestjs/common';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { SignalsRepository } from './signals.repository';
import { SignalsResolver } from './signals.resolver';
import { SignalsScheduler } from './signals.scheduler';
import { SignalsService } from './signals.service';

@Module({
  providers: [
    SignalsResolver,
    SignalsService,
    SignalsRepository,
    SignalsScheduler,
    { provide: DISCLOSURE_POLICY, useValue: DEFAULT_DISCLOSURE_POLICY },
  ],
  // The P&C reports compose their sections from this service (api/src/reports).
  exports: [SignalsService],
})
export class SignalsModule {}
