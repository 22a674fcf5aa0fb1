import { Module } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module';
import { IndicatorApiController } from './indicator-api.controller';
import { IndicatorApiResolver } from './indicator-api.resolver';
import { IndicatorApiService } from './indicator-api.service';

/** CSV endpoints per indicator for BI tools, through the metrics service (docs/api.md). */
@Module({
  imports: [MetricsModule],
  controllers: [IndicatorApiController],
  providers: [IndicatorApiService, IndicatorApiResolver],
})
export class IndicatorApiModule {}
