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
        // lock_timeout: a request behind a long lock (an initial load holds case_record until it commits)
        // fails with DATA_BUSY instead of holding one of the ten connections until then.
        extra: {
          max: 10,
          ...(config.databaseLockTimeoutMs ? { lock_timeout: config.databaseLockTimeoutMs } : {}),
        },
      }),
    }),
  ],
  providers: [DatabaseNotifications],
  exports: [DatabaseNotifications],
})
export class DatabaseModule {}
