import { lazy, Suspense } from 'react';
import type { BarChartProps } from '@/ui/charts/BarChart';

const BarChart = lazy(() => import('@/ui/charts/BarChart').then((m) => ({ default: m.BarChart })));

/** BarChart, loaded on demand (recharts is not in the initial bundle). */
export function LazyBarChart(props: BarChartProps) {
  return (
    <Suspense fallback={<p className="state state--loading">De grafiek wordt geladen…</p>}>
      <BarChart {...props} />
    </Suspense>
  );
}
