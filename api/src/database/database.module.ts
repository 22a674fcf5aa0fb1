import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        type: 'postgres' as const,
        url: config.databaseUrl,
        entities: ENTITIES,
        // The SQL migrations in sql/ are the source of truth for the schema.
        synchronize: false,
        migrationsRun: false,
        extra: { max: 10 },
      }),
    }),
  ],
})
export class DatabaseModule {}
