import { buildMapClasses, classOf } from '@/modules/neighbourhoodMap/utils/mapClasses';

describe(buildMapClasses.name, () => {
  it('should make five classes of about equal size, light to dark, named in words', () => {
    const classes = buildMapClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(classes.map((mapClass) => mapClass.label)).toEqual([
      '1 tot en met 3',
      'meer dan 3 tot en met 5',
      'meer dan 5 tot en met 7',
      'meer dan 7 tot en met 9',
      'meer dan 9 tot en met 10',
    ]);
    expect(classOf(classes, 3)?.label).toBe('1 tot en met 3');
    expect(classOf(classes, 3.5)?.label).toBe('meer dan 3 tot en met 5');
    expect(classes.map((mapClass) => mapClass.fill)).toEqual([
      '#e8f1f8',
      '#b3cde3',
      '#6f9fc9',
      '#2f6aa3',
      '#123e6b',
    ]);
  });

  it('should make fewer classes when there are fewer distinct values, and none without values', () => {
    expect(buildMapClasses([4, 4, 4]).map((mapClass) => mapClass.label)).toEqual(['4']);
    expect(buildMapClasses([])).toEqual([]);
  });
});
