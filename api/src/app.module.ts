import { APP_FILTER } from '@nestjs/core';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { AggregateCacheModule } from './aggregate-cache/aggregate-cache.module';
import { stringifyResult } from './aggregate-cache/response-cache.plugin';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { depthLimitRule, singleLoginRule } from './auth/graphql-limits';
import { GraphQLRequestContext } from './auth/request-context';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import { createFormatError } from './hardening/format-error';
import { ApolloPlugin, queryCostOptionsFor, queryCostPlugin, queryCostRule } from './hardening/query-cost';
import { metricsAnswerRows } from './metrics/answer-rows';
import { ClientErrorFilter } from './hardening/client-error.filter';

/** Root fields whose answer grows with their arguments, priced by the rows it will hold. */
const ANSWER_ROWS = { metrics: metricsAnswerRows };
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { MeasuresModule } from './measures/measures.module';
import { ClientsModule } from './clients/clients.module';
import { MetricsModule } from './metrics/metrics.module';
import { MunicipalitiesModule } from './municipalities/municipalities.module';
import { NeighbourhoodsModule } from './neighbourhoods/neighbourhoods.module';
import { ReferenceDataModule } from './reference-data/reference-data.module';
import { HandlingNormsModule } from './handling-norms/handling-norms.module';
import { ImportProfilesModule } from './import-profiles/import-profiles.module';
import { UserAdminModule } from './users/user-admin.module';
import { ReportsModule } from './reports/reports.module';
import { SavedViewsModule } from './saved-views/saved-views.module';
import { SignalsModule } from './signals/signals.module';
import { SignalAlertsModule } from './signal-alerts/signal-alerts.module';
import { RecordsModule } from './records/records.module';
import { ThemesModule } from './themes/themes.module';
import { ThemeReviewModule } from './theme-review/theme-review.module';
import { ThermometerModule } from './thermometer/thermometer.module';
import { ChainModule } from './chain/chain.module';
import { FreshnessModule } from './freshness/freshness.module';
import { HandlingTimesModule } from './handling-times/handling-times.module';
import { NormsModule } from './norms/norms.module';
import { OutcomesModule } from './outcomes/outcomes.module';
import { RegionalComparisonModule } from './regional-comparison/regional-comparison.module';
import { PanelModule } from './panel/panel.module';
import { ProviderComplianceModule } from './provider-compliance/provider-compliance.module';
import { ApiTokensModule } from './api-tokens/api-tokens.module';
import { IndicatorApiModule } from './indicator-api/indicator-api.module';

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
        ? [
            ServeStaticModule.forRoot({
              rootPath: config.webDist,
              exclude: ['/graphql', '/health', '/auth/{*path}', '/api/{*path}'],
            }),
          ]
        : [];
    return {
      module: AppModule,
      providers: [{ provide: APP_FILTER, useClass: ClientErrorFilter }],
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        AggregateCacheModule,
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
          // Depth, cost, root-field/alias and single-login limits (docs/security.md).
          validationRules: [
            depthLimitRule(),
            singleLoginRule,
            queryCostRule(queryCostOptionsFor(config, ANSWER_ROWS)),
          ],
          // No HTTP cache hints are used; Apollo's default cache-control plugin would wrap every field
          // resolver to compute them (a large share of the time of a big answer).
          // Repeats of a kept answer reuse its JSON text (aggregate-cache/response-cache.plugin.ts).
          stringifyResult,
          plugins: [
            queryCostPlugin(queryCostOptionsFor(config, ANSWER_ROWS)),
            ApolloServerPluginCacheControlDisabled() as ApolloPlugin,
          ],
          // Production: no stack traces or internal messages ("Er ging iets mis" + error id in the log),
          // and no "Did you mean ...?" schema hints in validation errors.
          formatError: createFormatError(config.production),
          hideSchemaDetailsFromClientErrors: config.production,
          // The response is needed to set and clear the session cookie.
          context: ({ req, res }: GraphQLRequestContext): GraphQLRequestContext => ({ req, res }),
        }),
        AuditModule,
        AuthModule,
        HealthModule,
        MetricsModule,
        MunicipalitiesModule,
        ReferenceDataModule,
        HandlingNormsModule,
        ImportProfilesModule,
        UserAdminModule,
        ThermometerModule,
        RecordsModule,
        ThemeReviewModule,
        ThemesModule,
        SignalsModule,
        SignalAlertsModule,
        NormsModule,
        HandlingTimesModule,
        OutcomesModule,
        RegionalComparisonModule,
        ChainModule,
        ProviderComplianceModule,
        FreshnessModule,
        PanelModule,
        MeasuresModule,
        ClientsModule,
        ReportsModule,
        SavedViewsModule,
        ApiTokensModule,
        IndicatorApiModule,
        ImportsModule.forRoot(),
        NeighbourhoodsModule.forRoot(),
        ...serveWeb,
      ],
    };
  }
}
