import { useQuery } from '@tanstack/react-query';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { describePeriod } from '@/modules/dashboard/utils/describePeriod';
import { providerComplianceQueryOptions } from '@/modules/providers/hooks/providerComplianceQueryOptions';
import { buildHalfYearTable } from '@/modules/providers/utils/buildComplianceTables';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import { LazyBarChart } from '@/ui/charts/LazyBarChart';

export const COMPLIANCE_DEFINITION = {
  definition:
    'Zorgaanbieders met een contract moeten twee keer per jaar een overzicht sturen van alle klachten, met de aard en oorzaak, de afhandeling en de maatregelen: vóór 1 juli en vóór 1 december (zo staat het in de regeling; elke gemeente kan dit instellen). Het overzicht over januari tot en met juni moet er vóór 1 december zijn, dat over juli tot en met december vóór 1 juli van het jaar erna. Op tijd = ingediend op of vóór de uiterste datum. Te laat = later ingediend; het aantal dagen te laat staat erbij. Ontbreekt = niet ingediend terwijl de uiterste datum voorbij is. Nog niet verschuldigd = de uiterste datum is nog niet voorbij. Op tijd (%) = op tijd gedeeld door het aantal dat al moest rapporteren.',
  legalBasis:
    'Contract met de zorgaanbieder (zoals Stichtse Vecht, art. 11.1); Wmo 2015 en Jeugdwet over kwaliteit en klachtregeling.',
};

/** Container: per half year, how many providers reported on time, late or not at all. */
export function ComplianceHalfYearPanel({ state }: { state: DashboardState }) {
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(
    providerComplianceQueryOptions(state),
  );
  const label = 'Aanbieders die op tijd rapporteerden (%)';
  const built = data
    ? buildHalfYearTable(
        data.providerCompliance,
        `Halfjaarrapportages van aanbieders, ${describePeriod(state)}`,
      )
    : null;
  return (
    <ChartPanel
      title="Rapporteren aanbieders op tijd?"
      definition={COMPLIANCE_DEFINITION}
      table={built?.table ?? null}
      chart={built && <LazyBarChart data={built.bars} label={label} />}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName={`rapportages-aanbieders-${state.from}-${state.to}`}
    />
  );
}
