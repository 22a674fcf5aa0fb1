import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AuthenticatedUser } from '../auth/role';
import { snapToGrid } from '../disclosure/aggregate-grid';
import { ChainService } from '../chain/chain.service';
import { HandlingTimesService } from '../handling-times/handling-times.service';
import { MetricsResult } from '../metrics/models/metrics-result.model';
import { MetricsService } from '../metrics/metrics.service';
import { OutcomesService } from '../outcomes/outcomes.service';
import { ClientsService } from '../clients/clients.service';
import { FreshnessService } from '../freshness/freshness.service';
import { MeasuresService } from '../measures/measures.service';
import { ProviderComplianceService } from '../provider-compliance/provider-compliance.service';
import { RegionalComparisonService } from '../regional-comparison/regional-comparison.service';
import { ThermometerService } from '../thermometer/thermometer.service';
import { chainCsv, ChainTable, chainTableOf, parseChainQuery } from './chain-csv';
import { FamilyServices, FamilyTableDefinition, familyTableOf } from './family-tables';
import { INDICATOR_API_PATH } from './indicator-api-catalog';
import { IndicatorParamError, isMeasureName, parseIndicatorQuery, QueryValue } from './indicator-api.params';
import { indicatorCsv } from './indicator-csv';
import { CLIENT_RATES_FILE, clientRatesCsv, parseClientRatesQuery } from './client-rates-csv';
import { freshnessCsv, FreshnessTable, freshnessTableOf, parseFreshnessQuery } from './freshness-csv';
import { parseUpheldMeasuresQuery, UPHELD_MEASURES_FILE, upheldMeasuresCsv } from './measures-csv';
import {
  parseProviderComplianceQuery,
  providerComplianceCsv,
  ProviderComplianceTable,
  providerComplianceTableOf,
} from './provider-compliance-csv';
import { parseRecommendationsQuery, RECOMMENDATIONS_FILE, recommendationsCsv } from './recommendations-csv';
import { parseRegionalQuery, regionalCsv, RegionalTable, regionalTableOf } from './regional-comparison-csv';
import { parseThermometerPeriod, THERMOMETER_FILE, thermometerCsv } from './thermometer-csv';

export interface IndicatorCsvFile {
  fileName: string;
  body: string;
}

/**
 * One indicator as CSV: the query string becomes the dashboard's GraphQL query and goes through the
 * same service (MetricsService for the metric catalog, the family's own service for the families:
 * scoping, disclosure control, perturbation, coverage), so the CSV holds exactly what GraphQL
 * answers this user.
 */
@Injectable()
export class IndicatorApiService {
  private readonly families: FamilyServices;

  constructor(
    private readonly metrics: MetricsService,
    handlingTimes: HandlingTimesService,
    private readonly outcomes: OutcomesService,
    private readonly thermometer: ThermometerService,
    private readonly chain: ChainService,
    private readonly providerCompliance: ProviderComplianceService,
    private readonly clients: ClientsService,
    private readonly freshness: FreshnessService,
    private readonly measures: MeasuresService,
    private readonly regional: RegionalComparisonService,
  ) {
    this.families = { handlingTimes, outcomes };
  }

  async csv(
    user: AuthenticatedUser,
    file: string,
    query: Record<string, QueryValue>,
  ): Promise<IndicatorCsvFile> {
    const name = file.endsWith('.csv') ? file.slice(0, -'.csv'.length) : file;
    const body = await this.tableCsv(user, name, query);
    if (body !== null) return { fileName: `${name}.csv`, body };
    if (!isMeasureName(name)) {
      throw new NotFoundException(
        `Er is geen indicator "${name}". De lijst van indicatoren staat op ${INDICATOR_API_PATH}.`,
      );
    }
    const input = clientError(() => parseIndicatorQuery(name, query));
    const result = await this.metrics.query(input, user).catch((error: unknown): MetricsResult => {
      throw badRequestOf(error);
    });
    return {
      fileName: `${name}.csv`,
      body: indicatorCsv({
        measure: name,
        dimensions: input.dimensions ?? [],
        rows: result.rows,
        granularity: input.granularity ?? null,
        range: result.disclosureControl
          ? snapToGrid(input.dateRange, input.granularity ?? null)
          : input.dateRange,
        filters: input.filters ?? {},
      }),
    };
  }

  /** The file of a table beyond the metric catalog; null when `name` is none of them. */
  private tableCsv(
    user: AuthenticatedUser,
    name: string,
    query: Record<string, QueryValue>,
  ): Promise<string> | null {
    const family = familyTableOf(name);
    if (family) return this.familyCsv(user, family, query);
    const chain = chainTableOf(name);
    if (chain) return this.chainCsv(user, chain, query);
    const compliance = providerComplianceTableOf(name);
    if (compliance) return this.providerComplianceCsv(user, compliance, query);
    const freshness = freshnessTableOf(name);
    if (freshness) return this.freshnessCsv(user, freshness, query);
    const regional = regionalTableOf(name);
    if (regional) return this.regionalCsv(user, regional, query);
    switch (name) {
      case THERMOMETER_FILE:
        return this.thermometerCsv(user, query);
      case CLIENT_RATES_FILE:
        return this.clientRatesCsv(user, query);
      case UPHELD_MEASURES_FILE:
        return this.upheldMeasuresCsv(user, query);
      case RECOMMENDATIONS_FILE:
        return this.recommendationsCsv(user, query);
      default:
        return null;
    }
  }

  private async familyCsv(
    user: AuthenticatedUser,
    family: FamilyTableDefinition,
    query: Record<string, QueryValue>,
  ): Promise<string> {
    return family.csv(this.families, query, user).catch((error: unknown): never => {
      throw badRequestOf(error);
    });
  }

  private async chainCsv(
    user: AuthenticatedUser,
    table: ChainTable,
    query: Record<string, QueryValue>,
  ): Promise<string> {
    const input = clientError(() => parseChainQuery(query));
    const chain = await this.chain.chain(input, user).catch((error: unknown): never => {
      throw badRequestOf(error);
    });
    const range = chain.disclosureControl ? snapToGrid(input.dateRange, null) : input.dateRange;
    return chainCsv(table, chain, range);
  }

  private async thermometerCsv(user: AuthenticatedUser, query: Record<string, QueryValue>): Promise<string> {
    const period = clientError(() => parseThermometerPeriod(query));
    const thermometer = await this.thermometer.read(period, user).catch((error: unknown): never => {
      throw badRequestOf(error);
    });
    return thermometerCsv(thermometer);
  }

  private async providerComplianceCsv(
    user: AuthenticatedUser,
    table: ProviderComplianceTable,
    query: Record<string, QueryValue>,
  ): Promise<string> {
    const input = clientError(() => parseProviderComplianceQuery(query));
    const compliance = await this.providerCompliance
      .compliance(input, user)
      .catch((error: unknown): never => {
        throw badRequestOf(error);
      });
    return providerComplianceCsv(table, compliance);
  }

  private async clientRatesCsv(user: AuthenticatedUser, query: Record<string, QueryValue>): Promise<string> {
    const { input, breakdown } = clientError(() => parseClientRatesQuery(query));
    const rates = await this.clients.rates(input, user).catch((error: unknown): never => {
      throw badRequestOf(error);
    });
    return clientRatesCsv(rates, breakdown);
  }

  private async upheldMeasuresCsv(
    user: AuthenticatedUser,
    query: Record<string, QueryValue>,
  ): Promise<string> {
    const input = clientError(() => parseUpheldMeasuresQuery(query));
    // The GraphQL input's family is required there but ignored by the service.
    const result = await this.outcomes
      .measures({ ...input, family: 'klacht' }, user)
      .catch((error: unknown): never => {
        throw badRequestOf(error);
      });
    const range = result.disclosureControl ? snapToGrid(input.dateRange, null) : input.dateRange;
    return upheldMeasuresCsv(result, input, range);
  }

  private async freshnessCsv(
    user: AuthenticatedUser,
    table: FreshnessTable,
    query: Record<string, QueryValue>,
  ): Promise<string> {
    const input = clientError(() => parseFreshnessQuery(query));
    const freshness = await this.freshness.freshness(input, user).catch((error: unknown): never => {
      throw badRequestOf(error);
    });
    return freshnessCsv(table, freshness);
  }

  private async recommendationsCsv(
    user: AuthenticatedUser,
    query: Record<string, QueryValue>,
  ): Promise<string> {
    clientError(() => parseRecommendationsQuery(query));
    return recommendationsCsv(await this.measures.followUp(user));
  }

  private async regionalCsv(
    user: AuthenticatedUser,
    table: RegionalTable,
    query: Record<string, QueryValue>,
  ): Promise<string> {
    const input = clientError(() => parseRegionalQuery(query));
    return regionalCsv(table, await this.regional.comparison(input, user));
  }
}

function clientError<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw badRequestOf(error);
  }
}

/** A parameter error or the metrics service's BAD_USER_INPUT (its Dutch or English text) → 400. */
function badRequestOf(error: unknown): unknown {
  if (error instanceof IndicatorParamError) return new BadRequestException(error.message);
  if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
    return new BadRequestException(error.message);
  }
  return error;
}
