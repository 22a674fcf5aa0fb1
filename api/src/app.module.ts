import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { depthLimitRule, singleLoginRule } from './auth/graphql-limits';
import { GraphQLRequestContext } from './auth/request-context';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const serveWeb =
      config.webDist && existsSync(config.webDist)
        ? [ServeStaticModule.forRoot({ rootPath: config.webDist, exclude: ['/graphql', '/health'] })]
        : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: config.schemaFile ?? true,
          sortSchema: true,
          introspection: !config.production,
          includeStacktraceInErrorResponses: !config.production,
          // GraphiQL only in development (the driver would otherwise look at NODE_ENV, not the config).
          graphiql: !config.production,
          // Apollo's default, stated: a POST must not be a CORS "simple request" (text/plain, form).
          csrfPrevention: true,
          validationRules: [depthLimitRule(), singleLoginRule],
          // The response is needed to set and clear the session cookie.
          context: ({ req, res }: GraphQLRequestContext): GraphQLRequestContext => ({ req, res }),
        }),
        AuditModule,
        AuthModule,
        HealthModule,
        MetricsModule,
        ...serveWeb,
      ],
    };
  }
}
