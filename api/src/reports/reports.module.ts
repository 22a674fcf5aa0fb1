import { Module } from '@nestjs/common';
import { FreshnessModule } from '../freshness/freshness.module';
import { MailModule } from '../mail/mail.module';
import { HandlingTimesModule } from '../handling-times/handling-times.module';
import { MeasuresModule } from '../measures/measures.module';
import { MetricsModule } from '../metrics/metrics.module';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { PanelModule } from '../panel/panel.module';
import { ProviderComplianceModule } from '../provider-compliance/provider-compliance.module';
import { SignalsModule } from '../signals/signals.module';
import { ThermometerModule } from '../thermometer/thermometer.module';
import { ReportComposerService } from './report-composer.service';
import { ReportDocumentsService } from './report-documents.service';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { METRICS_CLOCK, systemClock } from '../metrics/metrics.service';
import { ReportSchedulerService } from './report-scheduler.service';
import { ReportSubscriptionsRepository } from './report-subscriptions.repository';
import { ReportSubscriptionsService } from './report-subscriptions.service';

@Module({
  imports: [
    ThermometerModule,
    MetricsModule,
    HandlingTimesModule,
    OutcomesModule,
    SignalsModule,
    ProviderComplianceModule,
    FreshnessModule,
    MeasuresModule,
    PanelModule,
    MailModule,
  ],
  controllers: [ReportsController],
  providers: [
    ReportsResolver,
    ReportsService,
    ReportComposerService,
    ReportDocumentsService,
    ReportsRepository,
    ReportSubscriptionsService,
    ReportSubscriptionsRepository,
    ReportSchedulerService,
    { provide: METRICS_CLOCK, useValue: systemClock },
  ],
  exports: [ReportDocumentsService, ReportSchedulerService],
})
export class ReportsModule {}
