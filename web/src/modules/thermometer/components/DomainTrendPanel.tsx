import type { ThermometerQuery } from '@/generated/graphql';
import { buildDomainTrend } from '@/modules/thermometer/utils/buildDomainTrend';
import { formatQuarter } from '@/modules/thermometer/utils/formatQuarter';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import { LazyLineChart } from '@/ui/charts/LazyLineChart';

interface DomainTrendPanelProps {
  domain: ThermometerQuery['thermometer']['domains'][number];
}

/** The number of complaints of one domain in the last 8 quarters, as a line and a table. */
export function DomainTrendPanel({ domain }: DomainTrendPanelProps) {
  const label = `Aantal klachten per kwartaal, ${domain.label}`;
  const first = domain.trend[0]?.quarter;
  const last = domain.trend[domain.trend.length - 1]?.quarter;
  const period = first && last ? `, ${formatQuarter(first)} tot en met ${formatQuarter(last)}` : '';
  const trend = buildDomainTrend(domain, `${label}${period}`);
  return (
    <ChartPanel
      title={`Klachten per kwartaal: ${domain.label}`}
      definition={{
        definition:
          'Aantal klachten (soort klacht) met een ontvangstdatum in het kwartaal, en hetzelfde per 1.000 inwoners. Een kwartaal zonder klachten telt als 0.',
        legalBasis: 'Awb hoofdstuk 9 (klachtbehandeling)',
      }}
      table={trend.table}
      chart={<LazyLineChart series={trend.series} label={label} formatX={formatQuarter} height={220} />}
      isLoading={false}
      error={null}
      exportFileName={`thermometer-trend-${domain.domain}${last ? `-${last}` : ''}`}
    />
  );
}
