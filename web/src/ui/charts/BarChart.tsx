import {
  Bar,
  BarChart as RechartsBarChart,
  CartesianGrid,
  ErrorBar,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '@/lib/format';
import { chartColors } from '@/ui/charts/chartColors';
import type { ChartPoint } from '@/ui/charts/chartTypes';
import { summariseChart } from '@/ui/charts/summariseChart';

export interface BarChartProps {
  /** One bar per point, in the given order; a null (suppressed) value gets no bar. */
  data: readonly ChartPoint[];
  label: string;
}

/** Horizontal bars, so long Dutch category names stay readable. Dumb presenter, role="img". */
export function BarChart({ data, label }: BarChartProps) {
  const height = Math.max(160, data.length * 32 + 48);
  // recharts draws an error bar from the distances below and above the value.
  const rows = data.map((point) => ({
    ...point,
    error:
      point.interval && point.y !== null
        ? [point.y - point.interval.lower, point.interval.upper - point.y]
        : undefined,
  }));
  const hasIntervals = rows.some((row) => row.error);
  return (
    <div role="img" aria-label={summariseChart({ kind: 'Staafdiagram', label, points: data })}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
        <RechartsBarChart
          data={rows}
          layout="vertical"
          accessibilityLayer={false}
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid stroke="#d9d9d9" horizontal={false} />
          <XAxis
            type="number"
            tickFormatter={(value: number) => formatNumber(value)}
            tick={{ fill: '#1a1a1a', fontSize: 13 }}
            allowDecimals={false}
          />
          <YAxis type="category" dataKey="x" width={180} tick={{ fill: '#1a1a1a', fontSize: 13 }} />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? formatNumber(value) : 'niet getoond')}
          />
          <Bar dataKey="y" name={label} fill={chartColors[0]} isAnimationActive={false}>
            {hasIntervals && (
              <ErrorBar
                dataKey="error"
                direction="x"
                width={6}
                stroke="#1a1a1a"
                strokeWidth={1.5}
                isAnimationActive={false}
              />
            )}
          </Bar>
        </RechartsBarChart>
      </ResponsiveContainer>
    </div>
  );
}
