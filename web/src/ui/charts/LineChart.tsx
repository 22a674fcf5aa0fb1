import {
  CartesianGrid,
  Legend,
  Line,
  LineChart as RechartsLineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '@/lib/format';
import { chartColors } from '@/ui/charts/chartColors';
import type { ChartAnnotation, ChartSeries } from '@/ui/charts/chartTypes';
import { summariseChart } from '@/ui/charts/summariseChart';

export interface LineChartProps {
  series: readonly ChartSeries[];
  /** What is measured, for the text alternative ("Aantal klachten en signalen per maand"). */
  label: string;
  formatX?: (x: string) => string;
  height?: number;
  /** Vertical markers, also named in the text alternative. */
  annotations?: readonly ChartAnnotation[];
}

/**
 * Dumb presenter (style rule 10): no fetching, Dutch numbers, gaps where a value is null or
 * suppressed. The wrapper is role="img" with a summary; the exact figures are in the panel's table.
 */
export function LineChart({
  series,
  label,
  formatX = (x) => x,
  height = 300,
  annotations = [],
}: LineChartProps) {
  const first = series[0];
  // recharts wants one object per x with a key per line: { x, s0, s1 }.
  const rows = (first?.points ?? []).map((point, index) => {
    const row: Record<string, string | number | null> = { x: point.x };
    series.forEach((line, s) => (row[`s${s}`] = line.points[index]?.y ?? null));
    return row;
  });
  return (
    <div
      role="img"
      aria-label={[
        summariseChart({ kind: 'Lijndiagram', label, points: first?.points ?? [], formatX }),
        ...annotations.map((annotation) => `${annotation.label}, vanaf ${formatX(annotation.x)}.`),
      ].join(' ')}
    >
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
        {/* accessibilityLayer off: the figure is one image for assistive tech, the table is the detail. */}
        <RechartsLineChart
          data={rows}
          accessibilityLayer={false}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid stroke="#d9d9d9" vertical={false} />
          <XAxis dataKey="x" tickFormatter={formatX} tick={{ fill: '#1a1a1a', fontSize: 13 }} />
          <YAxis
            tickFormatter={(value: number) => formatNumber(value)}
            tick={{ fill: '#1a1a1a', fontSize: 13 }}
            allowDecimals={false}
          />
          <Tooltip
            labelFormatter={(x) => (typeof x === 'string' ? formatX(x) : '')}
            formatter={(value) => (typeof value === 'number' ? formatNumber(value) : 'niet getoond')}
          />
          {series.length > 1 && <Legend />}
          {series.map((line, index) => (
            <Line
              key={line.name}
              dataKey={`s${index}`}
              name={line.name}
              stroke={chartColors[index % chartColors.length]}
              strokeWidth={2}
              strokeDasharray={index > 0 ? '6 4' : undefined}
              dot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
          {annotations.map((annotation) => (
            <ReferenceLine
              key={`${annotation.x}-${annotation.label}`}
              x={annotation.x}
              stroke="#1a1a1a"
              strokeDasharray="2 2"
              label={{ value: annotation.label, position: 'insideTopLeft', fill: '#1a1a1a', fontSize: 12 }}
            />
          ))}
        </RechartsLineChart>
      </ResponsiveContainer>
    </div>
  );
}
