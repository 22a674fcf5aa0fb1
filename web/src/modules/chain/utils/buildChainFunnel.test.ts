import type { ChainQuery } from '@/generated/graphql';
import { parseDashboardState } from '@/modules/dashboard/dashboardState';
import { buildChainFunnel } from '@/modules/chain/utils/buildChainFunnel';
import { buildChainTransitions } from '@/modules/chain/utils/buildChainTransitions';
import { createChainQuery } from '@/modules/chain/utils/createChainQuery';
import { cellText } from '@/ui/table/cellText';

const v = (value: number | null, suppressed = false) => ({ value, suppressed });

const data: ChainQuery = {
  chain: {
    disclosureControl: true,
    windowDays: 365,
    complaints: v(3124),
    objections: v(573),
    escalationRate: v(9.23),
    stages: [
      { code: 'eerste_lijn_aanbieder', label: 'Eerste lijn: aanbieder', count: v(1988) },
      { code: 'gemeente_informeel', label: 'Gemeente: informeel', count: v(698) },
      { code: 'gemeente_onbekend', label: 'Gemeente: route onbekend', count: v(null, true) },
      { code: 'tweede_lijn', label: 'Tweede lijn: ombudsman', count: v(96) },
    ],
    transitions: [
      {
        from: 'a',
        to: 'g',
        label: 'Van aanbieder naar gemeente',
        citizens: v(1984),
        moved: v(11),
        movedPercentage: v(0.554),
      },
      {
        from: 'a',
        to: 't',
        label: 'Van aanbieder naar ombudsman',
        citizens: v(1984),
        moved: v(null, true),
        movedPercentage: v(null, true),
      },
    ],
  },
};

describe(buildChainFunnel.name, () => {
  it('should keep chain order, put objections beside it and show suppressed stages as "×"', () => {
    const { bars, table } = buildChainFunnel(data, 'caption');
    expect(bars.map((bar) => [bar.x, bar.y])).toEqual([
      ['Eerste lijn: aanbieder', 1988],
      ['Gemeente: informeel', 698],
      ['Gemeente: route onbekend', null],
      ['Tweede lijn: ombudsman', 96],
      ['Bezwaren (aparte route)', 573],
    ]);
    expect(table.rows.map((row) => cellText(row.cells[0]!))).toEqual(['1.988', '698', '×', '96', '573']);
  });
});

describe(buildChainTransitions.name, () => {
  it('should give counts only, with a hidden percentage as "niet getoond"', () => {
    const { table, hasHidden } = buildChainTransitions(data, 'caption');
    expect(table.rows.map((row) => row.cells.map(cellText))).toEqual([
      ['1.984', '11', '0,6%'],
      ['1.984', '×', 'niet getoond'],
    ]);
    expect(hasHidden).toBe(true);
  });
});

describe(createChainQuery.name, () => {
  it('should pass the period and the domain and municipality filters only', () => {
    const state = parseDashboardState(
      new URLSearchParams('van=2025-01-01&tot=2025-06-30&domein=wmo&aanbieder=p'),
    );
    expect(createChainQuery(state)).toEqual({
      query: { dateRange: { from: '2025-01-01', to: '2025-06-30' }, filters: { domain: ['wmo'] } },
    });
  });
});
