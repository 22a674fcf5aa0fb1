import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { AuthenticatedUser } from '../auth/role';
import { MetricsService } from '../metrics/metrics.service';
import { MetricsResult } from '../metrics/models/metrics-result.model';
import { ClientCountRow, ClientsRepository } from './clients.repository';
import { ClientRatesInput } from './dto/client-rates.input';
import { ClientRate, ClientRates } from './models/client-rates.model';
import { poissonInterval } from './poisson-interval';

const PER = 1000;

interface Disclosed {
  value: number | null;
  suppressed: boolean;
}

/** Disclosed counts per member code of the (single) dimension; a member without a row had 0. */
function countsByCode(result: MetricsResult): Map<string, Disclosed> {
  return new Map(
    result.rows.map((row) => [
      row.dimensions[0]?.code ?? '',
      { value: row.values[0]?.value ?? null, suppressed: row.values[0]?.suppressed ?? false },
    ]),
  );
}

/** A rate per 1,000 clients and its interval, computed from the (protected) count. */
export function clientRate(entry: ClientCountRow, count: Disclosed | undefined): ClientRate {
  const complaints = count ?? { value: 0, suppressed: false };
  const base = { code: entry.code, label: entry.label, clients: entry.clients };
  if (complaints.suppressed || complaints.value === null || entry.clients <= 0) {
    return {
      ...base,
      complaints: complaints.suppressed ? null : complaints.value,
      suppressed: complaints.suppressed,
      ratePer1000: null,
      lower: null,
      upper: null,
    };
  }
  const interval = poissonInterval(complaints.value);
  const per = PER / entry.clients;
  return {
    ...base,
    complaints: complaints.value,
    suppressed: false,
    ratePer1000: complaints.value * per,
    lower: interval.lower * per,
    upper: interval.upper * per,
  };
}

/**
 * Complaints per 1,000 clients per domain and per provider in a calendar year (issue 18). Counts come
 * from the metrics service for the viewer's role, so raad, panel and college get the perturbed counts
 * (small ones withheld) and the rates derived from them; the client counts are reference data.
 */
@Injectable()
export class ClientsService {
  constructor(
    private readonly repository: ClientsRepository,
    private readonly metrics: MetricsService,
  ) {}

  async rates(input: ClientRatesInput, viewer: AuthenticatedUser): Promise<ClientRates> {
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
      throw new UnprocessableEntityException('kies een jaar tussen 2000 en 2100');
    }
    const municipality = viewer.municipalityCode ?? input.municipalityCode ?? null;
    const scope = municipality ? [municipality] : null;
    const domain = input.domain ?? null;
    const [domains, providers] = await Promise.all([
      this.repository.byDomain(scope, input.year),
      this.repository.byProvider(scope, input.year, domain),
    ]);
    const query = (dimension: 'domain' | 'subjectOrganisation'): Promise<MetricsResult> =>
      this.metrics.query(
        {
          measures: ['caseCount'],
          dimensions: [dimension],
          dateRange: { from: `${input.year}-01-01`, to: `${input.year}-12-31` },
          granularity: 'YEAR',
          filters: { municipality: scope, domain: domain ? [domain] : null },
        },
        viewer,
      );
    const [perDomain, perProvider] = await Promise.all([
      domains.length > 0 ? query('domain') : null,
      providers.length > 0 ? query('subjectOrganisation') : null,
    ]);
    const domainCounts = perDomain ? countsByCode(perDomain) : new Map<string, Disclosed>();
    const providerCounts = perProvider ? countsByCode(perProvider) : new Map<string, Disclosed>();
    return {
      year: input.year,
      byDomain: domains
        .filter((entry) => domain === null || entry.code === domain)
        .map((entry) => clientRate(entry, domainCounts.get(entry.code))),
      byProvider: providers.map((entry) => clientRate(entry, providerCounts.get(entry.code))),
    };
  }
}
