import { BreakdownPanel } from '@/modules/breakdowns/components/BreakdownPanel';
import { DashboardFilters } from '@/modules/dashboard/components/DashboardFilters';
import { useDashboardState } from '@/modules/dashboard/hooks/useDashboardState';
import { ThemeBreakdownPanel } from '@/modules/themes/components/ThemeBreakdownPanel';
import { SubthemePanel } from '@/modules/themes/components/SubthemePanel';
import { ThemeTrendPanel } from '@/modules/themes/components/ThemeTrendPanel';
import { Page } from '@/ui/Page';

export function ThemasPage() {
  const [state] = useDashboardState();
  return (
    <Page
      title="Thema's"
      intro="Hier ziet u waarover inwoners klagen, ingedeeld in thema's. U ziet hoeveel klachten en signalen er zijn, hoe dat verandert in de tijd en per thema. Met de filters kiest u de periode, het domein, de bron, de aanbieder en een vergelijking. Elke grafiek heeft ook een tabel, en u kunt de cijfers downloaden."
    >
      <DashboardFilters />
      <ThemeTrendPanel state={state} />
      <ThemeBreakdownPanel state={state} />
      <SubthemePanel state={state} />
      <BreakdownPanel state={state} />
    </Page>
  );
}
