import { buildFreshnessTable } from '@/modules/sources/utils/buildFreshnessTable';
import { cellText } from '@/ui/table/cellText';

describe(buildFreshnessTable.name, () => {
  it('should put stale sources first and keep withheld counts as "×"', () => {
    const table = buildFreshnessTable(
      [
        {
          organisationCode: 'a',
          organisationName: 'Aanbieder A',
          kind: 'aanbieder',
          lastImportAt: '2025-07-01T10:00:00Z',
          latestBusinessDate: '2025-06-30',
          daysSinceLatestData: 20,
          expectedWithinDays: 213,
          stale: false,
          rows: { value: 120, suppressed: false },
        },
        {
          organisationCode: 'b',
          organisationName: 'Ombudsman B',
          kind: 'ombudsman',
          lastImportAt: null,
          latestBusinessDate: null,
          daysSinceLatestData: null,
          expectedWithinDays: 90,
          stale: true,
          rows: { value: null, suppressed: true },
        },
      ],
      'Actualiteit',
    );
    expect(table.rows.map((row) => row.header)).toEqual(['Ombudsman B', 'Aanbieder A']);
    expect(table.rows[0]!.cells.map(cellText)).toEqual([
      'Ombudsman',
      '⚠ Verouderd',
      '–',
      '–',
      '90',
      '–',
      '×',
    ]);
    expect(table.rows[1]!.cells.map(cellText)).toEqual([
      'Aanbieder',
      '✓ Actueel',
      '30 juni 2025',
      '20',
      '213',
      '1 juli 2025 om 12:00',
      '120',
    ]);
  });
});
