import { indicatorApiCatalog } from './indicator-api-catalog';
import { BREAKDOWN_PLACEHOLDER } from './family-csv';

/** Plain Dutch column names: lowercase letters, digits and underscores. */
const DUTCH_NAME = /^[a-z][a-z0-9_]*$/;

describe('the column tables of the CSV files', () => {
  const catalog = indicatorApiCatalog();
  const files = [
    { name: 'catalog indicators', columns: catalog.indicatorColumns },
    ...catalog.families.map((family) => ({ name: family.name, columns: family.columns })),
  ];

  it.each(files.map((file) => [file.name, file.columns] as const))(
    'should give %s plain, unique column names, each with a meaning',
    (_name, columns) => {
      const names = columns.map((column) => column.name.replace(BREAKDOWN_PLACEHOLDER, 'uitsplitsing'));
      expect(names.filter((name) => !DUTCH_NAME.test(name))).toEqual([]);
      expect(new Set(names).size).toBe(names.length);
      expect(columns.filter((column) => column.meaning.trim().length < 5)).toEqual([]);
    },
  );

  it('should pair every withheld-able value with its _onderdrukt column right after it', () => {
    for (const { columns } of files) {
      columns.forEach((column, index) => {
        if (column.name.endsWith('_onderdrukt')) {
          expect(`${columns[index - 1]?.name}_onderdrukt`).toBe(column.name);
        }
      });
    }
  });
});
