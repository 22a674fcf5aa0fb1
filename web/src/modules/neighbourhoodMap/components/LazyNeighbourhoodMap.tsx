import { lazy, Suspense } from 'react';
import type { NeighbourhoodMapProps } from '@/modules/neighbourhoodMap/components/NeighbourhoodMap';

const NeighbourhoodMap = lazy(() =>
  import('@/modules/neighbourhoodMap/components/NeighbourhoodMap').then((m) => ({
    default: m.NeighbourhoodMap,
  })),
);

/** NeighbourhoodMap, loaded on demand (d3-geo and the drawing code are not in the initial bundle). */
export function LazyNeighbourhoodMap(props: NeighbourhoodMapProps) {
  return (
    <Suspense fallback={<p className="state state--loading">De kaart wordt geladen…</p>}>
      <NeighbourhoodMap {...props} />
    </Suspense>
  );
}
