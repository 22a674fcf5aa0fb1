import type { ProviderComplianceQuery } from '@/generated/graphql';
import {
  buildHalfYearTable,
  buildProviderStatusTable,
  halfYearLabel,
} from '@/modules/providers/utils/buildComplianceTables';
import { cellText } from '@/ui/table/cellText';

const value = (v: number | null) => ({ value: v, suppressed: v === null });

const result: ProviderComplianceQuery['providerCompliance'] = {
  disclosureControl: false,
  halfYears: [
    {
      periodStart: '2025-01-01',
      periodEnd: '2025-06-30',
      dueOn: '2025-07-01',
      completeness: 'voorlopig',
      required: value(10),
      onTime: value(7),
      late: value(null),
      missing: value(null),
      notYetDue: value(0),
      onTimePercentage: value(70),
    },
  ],
  providers: [
    {
      organisationCode: 'a',
      organisationName: 'Aanbieder A',
      municipalityCode: 'GM9901',
      periodStart: '2025-01-01',
      dueOn: '2025-07-01',
      submittedOn: '2025-07-15',
      status: 'te_laat',
      daysLate: 14,
    },
    {
      organisationCode: 'b',
      organisationName: 'Aanbieder B',
      municipalityCode: 'GM9901',
      periodStart: '2025-01-01',
      dueOn: '2025-07-01',
      submittedOn: null,
      status: 'ontbreekt',
      daysLate: null,
    },
  ],
};

describe(buildHalfYearTable.name, () => {
  it('should name half years and keep withheld counts as "×"', () => {
    expect(halfYearLabel('2025-07-01')).toBe('2e halfjaar 2025');
    const { table, bars } = buildHalfYearTable(result, 'Rapportages');
    expect(table.rows[0]!.header).toBe('1e halfjaar 2025');
    expect(table.rows[0]!.cells.map(cellText)).toEqual([
      '1 juli 2025',
      '10',
      '7',
      '×',
      '×',
      '0',
      '70%',
      'Voorlopig',
    ]);
    expect(bars).toEqual([{ x: '1e halfjaar 2025 (voorlopig)', y: 70, suppressed: false }]);
  });

  it('should show a half year nobody delivered yet as "nog niet geleverd"', () => {
    const [half] = result.halfYears;
    const running = { ...result, halfYears: [{ ...half!, completeness: 'nog_niet_geleverd' as const }] };
    const { table, bars } = buildHalfYearTable(running, 'Rapportages');
    expect(cellText(table.rows[0]!.cells[7]!)).toBe('Nog niet geleverd');
    expect(bars[0]?.x).toBe('1e halfjaar 2025 (nog niet geleverd)');
  });
});

describe(buildProviderStatusTable.name, () => {
  it('should list missing reports first, with status as text and days late', () => {
    const table = buildProviderStatusTable(result, 'Per aanbieder');
    expect(table.rows.map((row) => row.header)).toEqual(['Aanbieder B', 'Aanbieder A']);
    expect(table.rows[0]!.cells.map(cellText)).toEqual([
      '1e halfjaar 2025',
      '✗ Ontbreekt',
      '1 juli 2025',
      '–',
      '–',
    ]);
    expect(table.rows[1]!.cells.map(cellText)).toEqual([
      '1e halfjaar 2025',
      '! Te laat',
      '1 juli 2025',
      '15 juli 2025',
      '14',
    ]);
  });
});
