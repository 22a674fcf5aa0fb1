import { useQuery } from '@tanstack/react-query';
import { thermometerQueryOptions } from '@/modules/thermometer/hooks/thermometerQueryOptions';
import { ThermometerAtAGlance } from '@/modules/thermometer/components/ThermometerAtAGlance';
import { ThermometerDomainCard } from '@/modules/thermometer/components/ThermometerDomainCard';
import { formatDate } from '@/lib/format';
import { describeCoverage } from '@/modules/dashboard/utils/describeCoverage';
import { formatQuarter } from '@/modules/thermometer/utils/formatQuarter';
import { LoadingPanel } from '@/ui/LoadingPanel';

interface ThermometerOverviewProps {
  quarter: string | null;
}

/**
 * Container: the thermometer query; first every domain at a glance, then one card per domain with
 * the details, in the shared loading/error/empty states.
 */
export function ThermometerOverview({ quarter }: ThermometerOverviewProps) {
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(thermometerQueryOptions(quarter));
  const thermometer = data?.thermometer;
  return (
    <LoadingPanel
      isLoading={isPending}
      error={error}
      isEmpty={thermometer?.domains.length === 0}
      emptyText="Er zijn geen gegevens voor dit kwartaal."
      onRetry={() => void refetch()}
    >
      {thermometer && (
        <div aria-busy={isPlaceholderData || undefined}>
          {isPlaceholderData && (
            <p role="status" className="state state--loading">
              De cijfers worden bijgewerkt…
            </p>
          )}
          <p>
            <strong>{formatQuarter(thermometer.period.quarter)}</strong> (
            {formatDate(thermometer.period.start)} tot en met {formatDate(thermometer.period.end)}),
            vergeleken met {formatQuarter(thermometer.period.comparisonQuarter)}.
          </p>
          <p>
            <strong>Cijfers:</strong> {describeCoverage(thermometer.period)}.
          </p>
          <ThermometerAtAGlance domains={thermometer.domains} />
          {thermometer.domains.map((domain) => (
            <ThermometerDomainCard key={domain.domain} domain={domain} quarter={thermometer.period.quarter} />
          ))}
        </div>
      )}
    </LoadingPanel>
  );
}
