import { Module } from '@nestjs/common';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { RegionalComparisonRepository } from './regional-comparison.repository';
import { RegionalComparisonResolver } from './regional-comparison.resolver';
import { RegionalComparisonService } from './regional-comparison.service';

@Module({
  providers: [
    RegionalComparisonResolver,
    RegionalComparisonService,
    RegionalComparisonRepository,
    { provide: DISCLOSURE_POLICY, useValue: DEFAULT_DISCLOSURE_POLICY },
  ],
  exports: [RegionalComparisonService],
})
export class RegionalComparisonModule {}
