import { Module } from '@nestjs/common';
import { ChainModule } from '../chain/chain.module';
import { ClientsModule } from '../clients/clients.module';
import { FreshnessModule } from '../freshness/freshness.module';
import { HandlingTimesModule } from '../handling-times/handling-times.module';
import { MeasuresModule } from '../measures/measures.module';
import { MetricsModule } from '../metrics/metrics.module';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { ProviderComplianceModule } from '../provider-compliance/provider-compliance.module';
import { RegionalComparisonModule } from '../regional-comparison/regional-comparison.module';
import { ThermometerModule } from '../thermometer/thermometer.module';
import { IndicatorApiController } from './indicator-api.controller';
import { IndicatorApiResolver } from './indicator-api.resolver';
import { IndicatorApiService } from './indicator-api.service';

/** CSV endpoints per indicator for BI tools, through the metrics and family services (docs/api.md). */
@Module({
  imports: [
    MetricsModule,
    HandlingTimesModule,
    OutcomesModule,
    ThermometerModule,
    ChainModule,
    ProviderComplianceModule,
    ClientsModule,
    FreshnessModule,
    MeasuresModule,
    RegionalComparisonModule,
  ],
  controllers: [IndicatorApiController],
  providers: [IndicatorApiService, IndicatorApiResolver],
})
export class IndicatorApiModule {}
