import { labelPoint } from '@/modules/neighbourhoodMap/utils/labelPoint';

const square = (x: number, y: number, size: number): [number, number][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe(labelPoint.name, () => {
  it('should keep the centroid of a plain area', () => {
    expect(labelPoint([square(0, 0, 10)], [5, 5])).toEqual([5, 5]);
  });

  it('should move the label of a ring-shaped area out of its hole, onto the area', () => {
    const [x, y] = labelPoint([square(0, 0, 100), square(30, 30, 40)], [50, 50]);
    const inHole = x > 30 && x < 70 && y > 30 && y < 70;
    expect(inHole).toBe(false);
    expect(x > 0 && x < 100 && y > 0 && y < 100).toBe(true);
  });
});
