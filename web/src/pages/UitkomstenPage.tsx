import { DashboardFilters } from '@/modules/dashboard/components/DashboardFilters';
import { useDashboardState } from '@/modules/dashboard/hooks/useDashboardState';
import { ComplaintUpholdPanel } from '@/modules/outcomes/components/ComplaintUpholdPanel';
import { ObjectionUpholdPanel } from '@/modules/outcomes/components/ObjectionUpholdPanel';
import { OutcomeDimensionSelect } from '@/modules/outcomes/components/OutcomeDimensionSelect';
import { RecommendationsPanel } from '@/modules/outcomes/components/RecommendationsPanel';
import { UpheldMeasuresPanel } from '@/modules/outcomes/components/UpheldMeasuresPanel';
import { useOutcomeDimension } from '@/modules/outcomes/hooks/useOutcomeDimension';
import { Page } from '@/ui/Page';

export function UitkomstenPage() {
  const [state] = useDashboardState();
  const [dimensionKey] = useOutcomeDimension();
  return (
    <Page
      title="Uitkomsten"
      intro="Hier ziet u hoe vaak een klacht of bezwaar (deels) gegrond werd verklaard, welke maatregelen daarna zijn genomen en of de aanbevelingen van de ombudsman zijn opgevolgd. Elke grafiek heeft ook een tabel, en u kunt de cijfers downloaden."
    >
      <DashboardFilters fields={['gemeente', 'domein', 'aanbieder']} />
      <OutcomeDimensionSelect />
      <ComplaintUpholdPanel state={state} dimensionKey={dimensionKey} />
      <UpheldMeasuresPanel state={state} />
      <RecommendationsPanel state={state} dimensionKey={dimensionKey} />
      <ObjectionUpholdPanel state={state} />
    </Page>
  );
}
