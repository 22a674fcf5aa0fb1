import { DynamicModule, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { UploadTooLargeFilter, ImportsController } from './imports.controller';
import { IMPORTS_CONFIG, ImportsConfig, importsConfigFromEnv } from './imports.config';
import { ImportsRepository } from './imports.repository';
import { ImportsResolver } from './imports.resolver';
import { ImportsRunner } from './imports.runner';
import { ImportsService } from './imports.service';

/** Imports (Bronnen page): GraphQL reads, REST upload and download. AuditService is global. */
@Module({})
export class ImportsModule {
  static forRoot(config: ImportsConfig = importsConfigFromEnv()): DynamicModule {
    return {
      module: ImportsModule,
      imports: [
        MulterModule.register({
          // Multer writes to a random name here; ImportsService moves it into its own directory.
          dest: config.uploadsDir,
          limits: { fileSize: config.maxUploadBytes, files: 1, fields: 5, fieldSize: 1024, parts: 10 },
        }),
      ],
      controllers: [ImportsController],
      providers: [
        { provide: IMPORTS_CONFIG, useValue: config },
        ImportsResolver,
        ImportsService,
        ImportsRepository,
        ImportsRunner,
        UploadTooLargeFilter,
      ],
    };
  }
}
