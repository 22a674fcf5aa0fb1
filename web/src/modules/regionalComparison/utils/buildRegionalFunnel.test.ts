import type { RegionalComparisonQuery } from '@/generated/graphql';
import { buildRegionalFunnel } from '@/modules/regionalComparison/utils/buildRegionalFunnel';

type Group = RegionalComparisonQuery['regionalComparison']['groups'][number];

const limits = { lower95: 0.27, upper95: 2.23, lower998: 0, upper998: 2.8 };
const group: Group = {
  code: 'wmo',
  label: 'Wmo',
  regionalRate: 1.25,
  overdispersion: 4,
  rows: [
    {
      municipalityCode: 'GM0002',
      municipalityName: 'Aastad',
      own: false,
      inhabitants: 20_000,
      complaints: 40,
      suppressed: false,
      rate: 2,
      position: 'BINNEN',
      limits,
    },
    {
      municipalityCode: 'GM0003',
      municipalityName: 'Bedorp',
      own: false,
      inhabitants: 10_000,
      complaints: null,
      suppressed: true,
      rate: null,
      position: null,
      limits,
    },
    {
      municipalityCode: 'GM0001',
      municipalityName: 'Leerstad',
      own: true,
      inhabitants: 50_000,
      complaints: 150,
      suppressed: false,
      rate: 3,
      position: 'BOVEN_998',
      limits,
    },
  ],
  curve: [{ inhabitants: 5_000, ...limits }],
};

describe(buildRegionalFunnel.name, () => {
  it('should keep the municipalities in name order, mark the own one and never add a rank column', () => {
    const { table } = buildRegionalFunnel(group, 'Klachten per 1.000 inwoners');
    expect(table.rows.map((row) => row.header)).toEqual(['Aastad', 'Bedorp', 'Leerstad (uw gemeente)']);
    expect(table.columns.map((column) => column.label).join(' ')).not.toMatch(/rang|positie|plaats/i);
  });

  it('should plot only published rates and show a suppressed count as withheld, never as 0', () => {
    const funnel = buildRegionalFunnel(group, 'x');
    expect(funnel.points.map((point) => point.label)).toEqual(['Aastad', 'Leerstad (uw gemeente)']);
    expect(funnel.table.rows[1]?.cells[1]).toEqual({
      kind: 'value',
      value: null,
      suppressed: true,
      format: 'number',
    });
    expect(funnel.outside).toBe(1);
    expect(funnel.curve).toEqual([{ x: 5_000, lower2: 0.27, upper2: 2.23, lower3: 0, upper3: 2.8 }]);
  });

  it('should word a position outside the limits as a reason to look, not a verdict', () => {
    const { table } = buildRegionalFunnel(group, 'x');
    expect(table.rows[2]?.cells[7]).toEqual({
      kind: 'text',
      text: 'Boven de 99,8%-grens: meer dan toeval, een reden om te kijken waarom',
    });
  });
});
