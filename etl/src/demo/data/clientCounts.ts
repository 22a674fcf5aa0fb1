import { CONTRACTED_PROVIDERS, DEMO_POPULATION, type DemoDomain } from './organisations';

/** Share of the municipality's clients per domain (roughly as in CBS's Monitor Sociaal Domein). */
const DOMAIN_SHARES: Readonly<Record<DemoDomain, number>> = {
  wmo: 0.46,
  jeugd: 0.24,
  werk_inkomen: 0.2,
  schuldhulp: 0.07,
  inburgering: 0.03,
};

export interface DemoClientCount {
  year: number;
  domain: DemoDomain;
  /** Null: every client of the domain. */
  provider: string | null;
  clients: number;
}

/**
 * Clients per domain and per contracted provider per year for the demo (issue 18, per 1,000 clients).
 * A provider's clients follow its complaint volume with a fixed spread of ±25 %, so the funnel plot
 * shows providers with relatively few and relatively many complaints for their size.
 */
export function demoClientCounts(): DemoClientCount[] {
  return DEMO_POPULATION.flatMap(({ year, clients }) =>
    (Object.keys(DOMAIN_SHARES) as DemoDomain[]).flatMap((domain) => {
      const domainClients = Math.round(clients * DOMAIN_SHARES[domain]);
      const providers = CONTRACTED_PROVIDERS.filter((provider) => provider.domains.includes(domain));
      const weights = providers.map((provider, index) => provider.volume * (0.75 + ((index * 7) % 11) / 20));
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      return [
        { year, domain, provider: null, clients: domainClients },
        ...providers.map((provider, index) => ({
          year,
          domain,
          provider: provider.code,
          clients: total > 0 ? Math.max(1, Math.round((domainClients * weights[index]!) / total)) : 0,
        })),
      ];
    }),
  );
}
