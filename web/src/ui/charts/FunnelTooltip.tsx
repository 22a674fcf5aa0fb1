import { formatNumber } from '@/lib/format';
import type { FunnelChartPoint } from '@/ui/charts/FunnelChart';

interface FunnelTooltipProps {
  /** Set by recharts while a dot is hovered. */
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  xLabel: string;
  yLabel: string;
  xIsMeasure: boolean;
}

function isPoint(value: unknown): value is FunnelChartPoint {
  return typeof value === 'object' && value !== null && 'label' in value && 'y' in value;
}

/** The hovered unit by name with its value; x only when it is a measure, never a bare rank. */
export function FunnelTooltip({ active, payload, xLabel, yLabel, xIsMeasure }: FunnelTooltipProps) {
  const point = payload?.[0]?.payload;
  // Limit lines carry only x and y: they get no tooltip.
  if (!active || !isPoint(point)) {
    return null;
  }
  return (
    <div className="chart-tooltip">
      <strong>{point.label}</strong>
      <br />
      {yLabel}: {formatNumber(point.y)}
      {xIsMeasure && (
        <>
          <br />
          {xLabel}: {formatNumber(point.x)}
        </>
      )}
    </div>
  );
}
