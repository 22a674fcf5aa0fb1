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
import { ProviderComplianceService } from '../provider-compliance/provider-compliance.service';
import { ThermometerService } from '../thermometer/thermometer.service';
import { chainCsv, ChainTable, chainTableOf, parseChainQuery } from './chain-csv';
import { familyCsv } from './family-csv';
import { FamilyServices, FamilyTableDefinition, familyTableOf } from './family-tables';
import { INDICATOR_API_PATH } from './indicator-api-catalog';
import { IndicatorParamError, isMeasureName, parseIndicatorQuery, QueryValue } from './indicator-api.params';
import { indicatorCsv } from './indicator-csv';
import { CLIENT_RATES_FILE, clientRatesCsv, parseClientRatesQuery } from './client-rates-csv';
import { FRESHNESS_FILE, freshnessCsv, parseFreshnessQuery } from './freshness-csv';
import { parseUpheldMeasuresQuery, UPHELD_MEASURES_FILE, upheldMeasuresCsv } from './measures-csv';
import {
  parseProviderComplianceQuery,
  PROVIDER_COMPLIANCE_FILE,
  providerComplianceCsv,
} from './provider-compliance-csv';
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
  ) {
    this.families = { handlingTimes, outcomes };
  }

  async csv(
    user: AuthenticatedUser,
    file: string,
    query: Record<string, QueryValue>,
  ): Promise<IndicatorCsvFile> {
    const name = file.endsWith('.csv') ? file.slice(0, -'.csv'.length) : file;
    const family = familyTableOf(name);
    if (family) return this.familyCsv(user, name, family, query);
    if (name === THERMOMETER_FILE) return this.thermometerCsv(user, query);
    if (name === PROVIDER_COMPLIANCE_FILE) return this.providerComplianceCsv(user, query);
    if (name === CLIENT_RATES_FILE) return this.clientRatesCsv(user, query);
    if (name === UPHELD_MEASURES_FILE) return this.upheldMeasuresCsv(user, query);
    if (name === FRESHNESS_FILE) return this.freshnessCsv(user, query);
    const chainTable = chainTableOf(name);
    if (chainTable) return this.chainCsv(user, name, chainTable, query);
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

  private async chainCsv(
    user: AuthenticatedUser,
    name: string,
    table: ChainTable,
    query: Record<string, QueryValue>,
  ): Promise<IndicatorCsvFile> {
    const input = clientError(() => parseChainQuery(query));
    const chain = await this.chain.chain(input, user).catch((error: unknown): never => {
      throw badRequestOf(error);
    });
    const range = chain.disclosureControl ? snapToGrid(input.dateRange, null) : input.dateRange;
    return { fileName: `${name}.csv`, body: chainCsv(table, chain, range) };
  }

  private async thermometerCsv(
    user: AuthenticatedUser,
    query: Record<string, QueryValue>,
  ): Promise<IndicatorCsvFile> {
    const period = clientError(() => parseThermometerPeriod(query));
    const thermometer = await this.thermometer.read(period, user).catch((error: unknown): never => {
      throw badRequestOf(error);
    });
    return { fileName: `${THERMOMETER_FILE}.csv`, body: thermometerCsv(thermometer) };
  }

  private async providerComplianceCsv(
    user: AuthenticatedUser,
    query: Record<string, QueryValue>,
  ): Promise<IndicatorCsvFile> {
    const input = clientError(() => parseProviderComplianceQuery(query));
    const compliance = await this.providerCompliance
      .compliance(input, user)
      .catch((error: unknown): never => {
        throw badRequestOf(error);
      });
    return { fileName: `${PROVIDER_COMPLIANCE_FILE}.csv`, body: providerComplianceCsv(compliance) };
  }

  private async clientRatesCsv(
    user: AuthenticatedUser,
    query: Record<string, QueryValue>,
  ): Promise<IndicatorCsvFile> {
    const { input, breakdown } = clientError(() => parseClientRatesQuery(query));
    const rates = await this.clients.rates(input, user).catch((error: unknown): never => {
      throw badRequestOf(error);
    });
    return { fileName: `${CLIENT_RATES_FILE}.csv`, body: clientRatesCsv(rates, breakdown) };
  }

  private async upheldMeasuresCsv(
    user: AuthenticatedUser,
    query: Record<string, QueryValue>,
  ): Promise<IndicatorCsvFile> {
    const input = clientError(() => parseUpheldMeasuresQuery(query));
    // The GraphQL input's family is required there but ignored by the service.
    const result = await this.outcomes
      .measures({ ...input, family: 'klacht' }, user)
      .catch((error: unknown): never => {
        throw badRequestOf(error);
      });
    const range = result.disclosureControl ? snapToGrid(input.dateRange, null) : input.dateRange;
    return { fileName: `${UPHELD_MEASURES_FILE}.csv`, body: upheldMeasuresCsv(result, input, range) };
  }

  private async freshnessCsv(
    user: AuthenticatedUser,
    query: Record<string, QueryValue>,
  ): Promise<IndicatorCsvFile> {
    const input = clientError(() => parseFreshnessQuery(query));
    const freshness = await this.freshness.freshness(input, user).catch((error: unknown): never => {
      throw badRequestOf(error);
    });
    return { fileName: `${FRESHNESS_FILE}.csv`, body: freshnessCsv(freshness) };
  }

  private async familyCsv(
    user: AuthenticatedUser,
    name: string,
    family: FamilyTableDefinition,
    query: Record<string, QueryValue>,
  ): Promise<IndicatorCsvFile> {
    const answer = await family.answer(this.families, query, user).catch((error: unknown): never => {
      throw badRequestOf(error);
    });
    const { granularity, dateRange } = answer.query;
    return {
      fileName: `${name}.csv`,
      body: familyCsv({
        indicator: name,
        family: answer.query.family,
        breakdown: answer.breakdown,
        valueColumns: family.valueColumns,
        rows: answer.rows,
        granularity,
        range: answer.disclosureControl ? snapToGrid(dateRange, granularity) : dateRange,
        filters: answer.filterText,
      }),
    };
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
