import { DashboardFilters } from '@/modules/dashboard/components/DashboardFilters';
import { useDashboardState } from '@/modules/dashboard/hooks/useDashboardState';
import { RegionalComparisonPanel } from '@/modules/regionalComparison/components/RegionalComparisonPanel';
import { Page } from '@/ui/Page';

export function RegioPage() {
  const [state] = useDashboardState();
  return (
    <Page
      title="Regio vergelijken"
      intro="Hier ziet u het aantal klachten per 1.000 inwoners naast dat van de andere gemeenten in uw regio die meedoen. Dit is geen ranglijst: de gemeenten staan op alfabet. Een gemeente buiten de grenzen is een reden om te kijken waarom, geen oordeel. Gemeenten leggen klachten ook niet allemaal op dezelfde manier vast."
    >
      <DashboardFilters fields={['domein']} />
      <RegionalComparisonPanel state={state} />
    </Page>
  );
}
