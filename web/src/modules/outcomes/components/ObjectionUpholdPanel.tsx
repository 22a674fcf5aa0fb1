import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { OutcomeRatePanel } from '@/modules/outcomes/components/OutcomeRatePanel';
import { upholdRateSpec } from '@/modules/outcomes/utils/outcomeRateSpecs';

interface ObjectionUpholdPanelProps {
  state: DashboardState;
}

/**
 * Objections found (partly) well-founded per theme: a decision overturned on objection points at a
 * possible system error (domain.md, systemic failure).
 */
export function ObjectionUpholdPanel({ state }: ObjectionUpholdPanelProps) {
  return (
    <OutcomeRatePanel
      state={state}
      family="bezwaar"
      dimensionKey="thema"
      spec={upholdRateSpec}
      title="Gegronde bezwaren per thema"
      label="Percentage (deels) gegronde bezwaren"
      definition={{
        definition:
          'Beslissingen op bezwaar die het bezwaar (deels) gegrond verklaren, gedeeld door alle inhoudelijke beslissingen op bezwaar. Een hoog percentage bij één thema kan wijzen op een fout in het systeem, niet bij één persoon. Geteld op datum van ontvangst van het bezwaar.',
        legalBasis: 'Awb art. 7:11',
      }}
      exportName="gegronde-bezwaren"
    />
  );
}
