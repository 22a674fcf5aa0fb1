import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';
import { recordRoles } from '@/modules/auth/utils/recordRoles';
import { DashboardFilters } from '@/modules/dashboard/components/DashboardFilters';
import { useDashboardState } from '@/modules/dashboard/hooks/useDashboardState';
import { ComplianceHalfYearPanel } from '@/modules/providers/components/ComplianceHalfYearPanel';
import { ProviderClientRatesPanel } from '@/modules/providers/components/ProviderClientRatesPanel';
import { ProviderFunnelPanel } from '@/modules/providers/components/ProviderFunnelPanel';
import { ProviderStatusPanel } from '@/modules/providers/components/ProviderStatusPanel';
import { Page } from '@/ui/Page';

export function AanbiedersPage() {
  const [state] = useDashboardState();
  const user = useCurrentUser();
  // The API returns the per-provider list only to policy staff and administrators.
  const seesProviders = user !== null && recordRoles.includes(user.role);
  return (
    <Page
      title="Aanbieders"
      intro="Hier ziet u of zorgaanbieders hun halfjaarlijkse klachtenrapportage op tijd sturen, en hoeveel klachten er over elke aanbieder zijn. Wij vergelijken aanbieders met het gemiddelde en laten zien wat nog toeval kan zijn, in plaats van een ranglijst. Elke grafiek heeft ook een tabel, en u kunt de cijfers downloaden."
    >
      <DashboardFilters fields={['gemeente', 'domein', 'bron']} />
      <ComplianceHalfYearPanel state={state} />
      {seesProviders && <ProviderStatusPanel state={state} />}
      <ProviderFunnelPanel state={state} />
      <ProviderClientRatesPanel state={state} />
    </Page>
  );
}
