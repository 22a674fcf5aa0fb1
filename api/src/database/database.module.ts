import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DatabaseNotifications } from './database-notifications';
import { ENTITIES } from './entities';

/** The TypeORM connection pool, and the LISTEN connection that keeps the caches true. */
@Global()
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
  providers: [DatabaseNotifications],
  exports: [DatabaseNotifications],
})
export class DatabaseModule {}
