import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { SignalsModule } from '../signals/signals.module';
import { SignalAlertsRepository } from './signal-alerts.repository';
import { SignalAlertsResolver } from './signal-alerts.resolver';
import { SignalAlertsSender } from './signal-alerts.sender';
import { SignalAlertsService } from './signal-alerts.service';

@Module({
  imports: [SignalsModule, MailModule],
  providers: [SignalAlertsResolver, SignalAlertsService, SignalAlertsRepository, SignalAlertsSender],
})
export class SignalAlertsModule {}
