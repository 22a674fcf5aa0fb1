import { Module } from '@nestjs/common';
import { CoverageRepository } from './coverage.repository';
import { CoverageService } from './coverage.service';

@Module({
  providers: [CoverageService, CoverageRepository],
  exports: [CoverageService],
})
export class CoverageModule {}
