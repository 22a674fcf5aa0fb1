import type { ThermometerQuery } from '@/generated/graphql';
import { buildDomainTrend } from '@/modules/thermometer/utils/buildDomainTrend';
import { buildIndicatorTable } from '@/modules/thermometer/utils/buildIndicatorTable';
import { describeThresholds } from '@/modules/thermometer/utils/describeThresholds';
import { formatQuarter } from '@/modules/thermometer/utils/formatQuarter';
import { parseQuarter } from '@/modules/thermometer/utils/parseQuarter';
import { recentQuarters } from '@/modules/thermometer/utils/recentQuarters';
import { cellText } from '@/ui/table/cellText';

type Domain = ThermometerQuery['thermometer']['domains'][number];

const indicator = (overrides: Partial<Domain['indicators'][number]>): Domain['indicators'][number] => ({
  indicator: 'waitingShare',
  label: 'Klachten over wachttijd',
  colour: 'rood',
  reading: 53,
  current: 52.9,
  previous: 15.1,
  amberFrom: 20,
  redFrom: 30,
  higherIsWorse: true,
  suppressed: false,
  explanation: 'Rood: 53% van de klachten ging over wachttijd, dat is 30% of meer.',
  ...overrides,
});

const domain: Domain = {
  domain: 'jeugd',
  label: 'Jeugdhulp',
  colour: 'rood',
  explanation: 'Rood: …',
  decidingIndicator: 'complaintsTrend',
  biggestChange: null,
  indicators: [
    indicator({
      indicator: 'complaintsTrend',
      label: 'Klachten per 1.000 inwoners: verandering',
      reading: 108,
      amberFrom: 20,
      redFrom: 50,
    }),
    indicator({
      indicator: 'withinTerm',
      label: 'Op tijd',
      colour: 'groen',
      reading: 90,
      amberFrom: 90,
      redFrom: 75,
      higherIsWorse: false,
    }),
    indicator({}),
    indicator({ indicator: 'upholdRate', label: 'Bezwaren gegrond', reading: null, suppressed: true }),
  ],
  trend: [
    { quarter: '2026-Q2', start: '2026-04-01', count: 12, ratePer1000: 0.5, suppressed: false },
    { quarter: '2026-Q3', start: '2026-07-01', count: null, ratePer1000: null, suppressed: true },
  ],
};

describe(buildIndicatorTable.name, () => {
  it('should show readings in Dutch, colours in words and hidden figures as "niet getoond"', () => {
    const table = buildIndicatorTable(domain, 'caption');
    expect(table.rows.map((row) => row.cells.map(cellText))).toEqual([
      ['+108%', 'Rood', 'groen onder +20%, oranje +20% tot +50%, rood vanaf +50%'],
      ['90%', 'Groen', 'groen vanaf 90%, oranje 75% tot 90%, rood onder 75%'],
      ['53%', 'Rood', 'groen onder 20%, oranje 20% tot 30%, rood vanaf 30%'],
      ['niet getoond', 'Rood', 'groen onder 20%, oranje 20% tot 30%, rood vanaf 30%'],
    ]);
    expect(table.hasHidden).toBe(true);
  });
});

describe(buildDomainTrend.name, () => {
  it('should keep a suppressed quarter as null with "×", never 0', () => {
    const { series, table } = buildDomainTrend(domain, 'caption');
    expect(series[0]!.points).toEqual([
      { x: '2026-Q2', y: 12, suppressed: false },
      { x: '2026-Q3', y: null, suppressed: true },
    ]);
    expect(table.rows.map((row) => [row.header, ...row.cells.map(cellText)])).toEqual([
      ['K2 2026', '12', '0,5'],
      ['K3 2026', '×', '×'],
    ]);
  });
});

describe('quarters', () => {
  it('should parse, format and list complete quarters', () => {
    expect(parseQuarter('2025-Q2')).toBe('2025-Q2');
    expect(parseQuarter('2025-Q5')).toBeNull();
    expect(parseQuarter(null)).toBeNull();
    expect(formatQuarter('2025-Q2')).toBe('K2 2025');
    expect(recentQuarters(new Date(2026, 1, 15), 3)).toEqual(['2025-Q4', '2025-Q3', '2025-Q2']);
    expect(recentQuarters(new Date(2026, 10, 23), 2)).toEqual(['2026-Q3', '2026-Q2']);
    expect(describeThresholds(domain.indicators[2]!)).toContain('rood vanaf 30%');
  });
});
