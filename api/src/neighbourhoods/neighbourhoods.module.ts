import { DynamicModule, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { IMPORTS_CONFIG, ImportsConfig, importsConfigFromEnv } from '../imports/imports.config';
import { UploadTooLargeFilter } from '../imports/imports.controller';
import { MetricsModule } from '../metrics/metrics.module';
import { NeighbourhoodsController } from './neighbourhoods.controller';
import { NeighbourhoodsRepository } from './neighbourhoods.repository';
import { NeighbourhoodsResolver } from './neighbourhoods.resolver';
import { NeighbourhoodsService } from './neighbourhoods.service';

/** The neighbourhood map and its CBS boundaries (reference data uploaded like an import). */
@Module({})
export class NeighbourhoodsModule {
  static forRoot(config: ImportsConfig = importsConfigFromEnv()): DynamicModule {
    return {
      module: NeighbourhoodsModule,
      imports: [
        MetricsModule,
        MulterModule.register({
          // The same upload directory and size limit as the imports; the service removes the file.
          dest: config.uploadsDir,
          limits: { fileSize: config.maxUploadBytes, files: 1, fields: 3, fieldSize: 1024, parts: 5 },
        }),
      ],
      controllers: [NeighbourhoodsController],
      providers: [
        { provide: IMPORTS_CONFIG, useValue: config },
        NeighbourhoodsResolver,
        NeighbourhoodsService,
        NeighbourhoodsRepository,
        UploadTooLargeFilter,
      ],
    };
  }
}
