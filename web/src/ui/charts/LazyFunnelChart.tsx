import { lazy, Suspense } from 'react';
import type { FunnelChartProps } from '@/ui/charts/FunnelChart';

const FunnelChart = lazy(() => import('@/ui/charts/FunnelChart').then((m) => ({ default: m.FunnelChart })));

/** FunnelChart, loaded on demand (recharts is not in the initial bundle). */
export function LazyFunnelChart(props: FunnelChartProps) {
  return (
    <Suspense fallback={<p className="state state--loading">De grafiek wordt geladen…</p>}>
      <FunnelChart {...props} />
    </Suspense>
  );
}
