import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { OutcomeRatePanel } from '@/modules/outcomes/components/OutcomeRatePanel';
import type { OutcomeDimensionKey } from '@/modules/outcomes/utils/outcomeDimensions';
import { recommendationsSpec } from '@/modules/outcomes/utils/outcomeRateSpecs';

interface RecommendationsPanelProps {
  state: DashboardState;
  dimensionKey: OutcomeDimensionKey;
}

/** How often the ombudsman's recommendations were followed, per member of the page's breakdown. */
export function RecommendationsPanel({ state, dimensionKey }: RecommendationsPanelProps) {
  return (
    <OutcomeRatePanel
      state={state}
      family="klacht"
      dimensionKey={dimensionKey}
      spec={recommendationsSpec}
      title="Aanbevelingen van de ombudsman opgevolgd"
      label="Percentage opgevolgde aanbevelingen"
      definition={{
        definition:
          'Klachten waarbij de ombudsman een aanbeveling deed. Percentage opgevolgd = opgevolgd gedeeld door opgevolgd plus niet opgevolgd; aanbevelingen waarvan nog niet bekend is of ze zijn opgevolgd, tellen niet mee.',
        legalBasis: 'Awb art. 9:36',
      }}
      exportName="aanbevelingen-ombudsman"
    />
  );
}
