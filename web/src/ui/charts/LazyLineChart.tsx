import { lazy, Suspense } from 'react';
import type { LineChartProps } from '@/ui/charts/LineChart';

// recharts is the biggest dependency: it arrives in its own chunk when the first chart is drawn.
const LineChart = lazy(() => import('@/ui/charts/LineChart').then((m) => ({ default: m.LineChart })));

/** LineChart, loaded on demand; the panel's table and text work before the chart code is there. */
export function LazyLineChart(props: LineChartProps) {
  return (
    <Suspense fallback={<p className="state state--loading">De grafiek wordt geladen…</p>}>
      <LineChart {...props} />
    </Suspense>
  );
}
