import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { OutcomeRatePanel } from '@/modules/outcomes/components/OutcomeRatePanel';
import type { OutcomeDimensionKey } from '@/modules/outcomes/utils/outcomeDimensions';
import { upholdRateSpec } from '@/modules/outcomes/utils/outcomeRateSpecs';

interface ComplaintUpholdPanelProps {
  state: DashboardState;
  dimensionKey: OutcomeDimensionKey;
}

/** How often complaints were found (partly) well-founded, per member of the page's breakdown. */
export function ComplaintUpholdPanel({ state, dimensionKey }: ComplaintUpholdPanelProps) {
  return (
    <OutcomeRatePanel
      state={state}
      family="klacht"
      dimensionKey={dimensionKey}
      spec={upholdRateSpec}
      title="Gegronde klachten"
      label="Percentage (deels) gegronde klachten"
      definition={{
        definition:
          'Gegrond en deels gegrond samen, gedeeld door alle klachten waarover inhoudelijk is beslist (gegrond, deels gegrond of ongegrond). Klachten die informeel zijn opgelost, zijn ingetrokken of nog lopen, tellen niet mee. Geteld op datum van ontvangst.',
        legalBasis: 'Awb art. 9:12',
      }}
      exportName="gegronde-klachten"
    />
  );
}
