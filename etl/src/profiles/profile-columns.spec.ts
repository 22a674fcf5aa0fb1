import { builtInProfileColumns, cellsInOrder } from './profile-columns';

describe(builtInProfileColumns.name, () => {
  it("should list the columns the profile's fields read, in its order, then the ignored ones", () => {
    expect(builtInProfileColumns('gemeente-klachten')).toEqual([
      'Zaaknummer',
      'Betreft aanbieder',
      'Soort',
      'Domein',
      'Onderwerp',
      'Kanaal',
      'Indiener',
      'Route',
      'Datum ontvangst',
      'Datum ontvangstbevestiging',
      'Datum afgehandeld',
      'Verdaagd',
      'Externe commissie',
      'Uitkomst',
      'Maatregelen',
      'Teruggekoppeld',
      'BSN',
      'Wijk',
      'Omschrijving',
      'Afdeling',
    ]);
  });
});

describe(cellsInOrder.name, () => {
  it('should put the cells in the order of the columns', () => {
    expect(cellsInOrder(['b', 'a'], { a: '1', b: '2' })).toEqual(['2', '1']);
  });

  it('should refuse a row that misses a column or has one more', () => {
    expect(() => cellsInOrder(['a', 'b'], { a: '1' })).toThrow(/missing b/);
    expect(() => cellsInOrder(['a'], { a: '1', c: '3' })).toThrow(/extra c/);
  });
});
