type Point = [number, number];

/** Even-odd rule over every ring, so a point in a hole is outside. */
function inside(point: Point, rings: readonly (readonly Point[])[]): boolean {
  let result = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as Point;
      const [xj, yj] = ring[j] as Point;
      if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) {
        result = !result;
      }
    }
  }
  return result;
}

/**
 * Where an area's name and value are written: its centroid when that lies inside the area, else the
 * candidate inside it farthest from its outline (a ring-shaped area has its centroid in the hole).
 * `rings` are the area's projected rings, holes included.
 */
export function labelPoint(rings: readonly (readonly Point[])[], centroid: Point): Point {
  if (inside(centroid, rings)) return centroid;
  const vertices = rings.flat();
  const step = Math.max(1, Math.floor(vertices.length / 48));
  const sampled = vertices.filter((_, index) => index % step === 0);
  let best: Point = centroid;
  let bestDistance = -1;
  for (const vertex of sampled) {
    for (const fraction of [0.55, 0.7, 0.85]) {
      const candidate: Point = [
        centroid[0] + fraction * (vertex[0] - centroid[0]),
        centroid[1] + fraction * (vertex[1] - centroid[1]),
      ];
      if (!inside(candidate, rings)) continue;
      const distance = Math.min(...sampled.map(([x, y]) => Math.hypot(x - candidate[0], y - candidate[1])));
      if (distance > bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
  }
  return best;
}
