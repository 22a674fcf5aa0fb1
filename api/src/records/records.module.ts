import { Module } from '@nestjs/common';
import { RecordsController } from './records.controller';
import { RecordsExportService } from './records-export.service';
import { RecordsRepository } from './records.repository';
import { RecordsResolver } from './records.resolver';
import { RecordsService } from './records.service';

/** AuditService comes from the global AuditModule. */
@Module({
  controllers: [RecordsController],
  providers: [RecordsResolver, RecordsService, RecordsExportService, RecordsRepository],
})
export class RecordsModule {}
