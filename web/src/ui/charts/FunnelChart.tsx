import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/lib/format';
import { chartColors } from '@/ui/charts/chartColors';
import { FunnelTooltip } from '@/ui/charts/FunnelTooltip';

/** One unit (e.g. provider) with its value and the control limits at its x. */
export interface FunnelChartPoint {
  label: string;
  x: number;
  y: number;
  lower2: number;
  upper2: number;
  lower3: number;
  upper3: number;
}

/** The limits at one size, for drawing the funnel between the units (limits computed by the API). */
export type FunnelCurvePoint = Pick<FunnelChartPoint, 'x' | 'lower2' | 'upper2' | 'lower3' | 'upper3'>;

export interface FunnelChartProps {
  points: readonly FunnelChartPoint[];
  centre: number;
  /** Text alternative: what the chart shows and where the table is (the caller words it). */
  summary: string;
  xLabel: string;
  yLabel: string;
  /** False: x is only a rank (count mode) and gets no numeric ticks. */
  xIsMeasure: boolean;
  /** Limit lines along these sizes instead of through the units' own x (a smooth funnel). */
  curve?: readonly FunnelCurvePoint[];
  /** What the dots and lines are (the caller's words); default: providers at 2 and 3 SD. */
  legend?: string;
}

const DEFAULT_LEGEND =
  'Punten: aanbieders. Doorgetrokken lijnen: grenzen op 2 standaardafwijkingen. Gestippelde lijnen: 3 standaardafwijkingen. Dunne zwarte lijn: gemiddelde.';

const noDot = () => <g />;

/**
 * Funnel plot (or, without denominators, a c-chart): dots for the units, solid lines at ±2 SD,
 * dashed lines at ±3 SD and a thin centre line. Dumb presenter with role="img"; the table has the figures.
 */
export function FunnelChart({
  points,
  centre,
  summary,
  xLabel,
  yLabel,
  xIsMeasure,
  curve,
  legend = DEFAULT_LEGEND,
}: FunnelChartProps) {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  const limits: readonly FunnelCurvePoint[] = curve ?? sorted;
  const line = (key: 'lower2' | 'upper2' | 'lower3' | 'upper3') =>
    limits.map((point) => ({ x: point.x, y: point[key] }));
  const centreLine = limits.map((point) => ({ x: point.x, y: centre }));
  const limitColour = chartColors[2];
  return (
    <div role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height={360} initialDimension={{ width: 600, height: 360 }}>
        <ScatterChart accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 24, left: 8 }}>
          <CartesianGrid stroke="#d9d9d9" />
          <XAxis
            type="number"
            dataKey="x"
            name={xLabel}
            domain={['dataMin', 'dataMax']}
            tick={xIsMeasure ? { fill: '#1a1a1a', fontSize: 13 } : false}
            tickFormatter={(value: number) => formatNumber(value)}
            label={{ value: xLabel, position: 'insideBottom', offset: -12, fill: '#1a1a1a' }}
          />
          <YAxis
            type="number"
            dataKey="y"
            name={yLabel}
            tick={{ fill: '#1a1a1a', fontSize: 13 }}
            tickFormatter={(value: number) => formatNumber(value)}
          />
          <Tooltip content={<FunnelTooltip xLabel={xLabel} yLabel={yLabel} xIsMeasure={xIsMeasure} />} />
          <Scatter
            name="Gemiddelde"
            data={centreLine}
            line={{ stroke: '#1a1a1a', strokeWidth: 1 }}
            shape={noDot}
            isAnimationActive={false}
          />
          <Scatter
            name="Grens 2 SD"
            data={line('upper2')}
            line={{ stroke: limitColour }}
            shape={noDot}
            isAnimationActive={false}
          />
          <Scatter
            name="Grens 2 SD (onder)"
            data={line('lower2')}
            line={{ stroke: limitColour }}
            shape={noDot}
            isAnimationActive={false}
          />
          <Scatter
            name="Grens 3 SD"
            data={line('upper3')}
            line={{ stroke: limitColour, strokeDasharray: '6 4' }}
            shape={noDot}
            isAnimationActive={false}
          />
          <Scatter
            name="Grens 3 SD (onder)"
            data={line('lower3')}
            line={{ stroke: limitColour, strokeDasharray: '6 4' }}
            shape={noDot}
            isAnimationActive={false}
          />
          <Scatter name={yLabel} data={sorted} fill={chartColors[0]} isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
      <p className="muted" aria-hidden="true">
        {legend}
      </p>
    </div>
  );
}
