import type { HandlingTimesQuery, NormsQuery, WaitingTimeComplaintsQuery } from '@/generated/graphql';
import { parseDashboardState } from '@/modules/dashboard/dashboardState';
import { buildHandlingTimes } from '@/modules/waiting-times/utils/buildHandlingTimes';
import { buildNormsTable } from '@/modules/waiting-times/utils/buildNormsTable';
import { buildWaitingTimeShare } from '@/modules/waiting-times/utils/buildWaitingTimeShare';
import { buildWaitingTimeTrend } from '@/modules/waiting-times/utils/buildWaitingTimeTrend';
import { createIndicatorQuery } from '@/modules/waiting-times/utils/createIndicatorQuery';
import { cellText } from '@/ui/table/cellText';

const v = (value: number | null, suppressed = false) => ({ value, suppressed });
const hidden = v(null, true);

const handling: HandlingTimesQuery = {
  handlingTimes: {
    disclosureControl: true,
    openAsOf: null,
    norm: {
      code: 'awb_9_11',
      label: 'Klacht',
      legalBasis: 'Awb art. 9:11',
      termDays: 42,
      committeeTermDays: 70,
      dataNote: '',
    },
    rows: [
      {
        code: 'wmo',
        label: 'Wmo',
        received: v(120),
        closed: v(100),
        medianDays: v(24),
        p90Days: v(49.2),
        withinTermPercentage: v(91.33),
        beyondTermPercentage: v(8.67),
        extendedPercentage: v(2.5),
        openBeyondTerm: v(0),
      },
      {
        code: 'jeugd',
        label: 'Jeugd',
        received: v(3, true),
        closed: hidden,
        medianDays: hidden,
        p90Days: hidden,
        withinTermPercentage: hidden,
        beyondTermPercentage: hidden,
        extendedPercentage: hidden,
        openBeyondTerm: hidden,
      },
      {
        code: 'werk',
        label: 'Werk',
        received: v(50),
        closed: v(40),
        medianDays: v(30),
        p90Days: v(60),
        withinTermPercentage: v(95),
        beyondTermPercentage: v(5),
        extendedPercentage: v(0),
        openBeyondTerm: v(2),
      },
    ],
  },
};

describe(buildHandlingTimes.name, () => {
  it('should sort by % within term, withheld last, and never show a hidden percentage as "×"', () => {
    const { bars, table, hasHidden } = buildHandlingTimes(handling, 'caption', 'Domein');
    expect(bars.map((bar) => [bar.x, bar.y])).toEqual([
      ['Werk', 95],
      ['Wmo', 91.33],
      ['Jeugd', null],
    ]);
    expect(table.rows[1]!.cells.map(cellText)).toEqual([
      '120',
      '100',
      '24',
      '49,2',
      '91,3%',
      '8,7%',
      '2,5%',
      '0',
    ]);
    expect(table.rows[2]!.cells.map(cellText)).toEqual([
      '×',
      '×',
      'niet getoond',
      'niet getoond',
      'niet getoond',
      'niet getoond',
      'niet getoond',
      '×',
    ]);
    expect(hasHidden).toBe(true);
  });

  it('should name the as-of date of the open complaints in the column (export date by default)', () => {
    const header = (data: HandlingTimesQuery) =>
      buildHandlingTimes(data, 'caption', 'Domein').table.columns.at(-1)?.label;
    expect(header(handling)).toBe('Nog open, over termijn (op de exportdatum van elke bron)');
    expect(header({ handlingTimes: { ...handling.handlingTimes, openAsOf: '2025-01-31' } })).toBe(
      'Nog open, over termijn (op 31 januari 2025)',
    );
  });
});

describe(buildWaitingTimeTrend.name, () => {
  it('should give the share per quarter and mark an incomplete bucket', () => {
    const data: WaitingTimeComplaintsQuery = {
      waitingTimeComplaints: {
        disclosureControl: true,
        rows: [],
        totals: [
          {
            period: '2026-04-01',
            complete: true,
            complaints: v(492),
            waitingTime: v(214),
            waitingTimeShare: v(43.5),
          },
          {
            period: '2026-07-01',
            complete: false,
            complaints: v(10),
            waitingTime: hidden,
            waitingTimeShare: hidden,
          },
        ],
      },
    };
    const { series, table, hasHidden } = buildWaitingTimeTrend(data, 'kwartaal', 'caption');
    expect(series[0]!.points.map((point) => point.y)).toEqual([43.5, null]);
    expect(table.rows.map((row) => [row.header, ...row.cells.map(cellText)])).toEqual([
      ['K2 2026', '492', '214', '43,5%'],
      ['K3 2026 (nog niet compleet)', '10', '×', 'niet getoond'],
    ]);
    expect(hasHidden).toBe(true);
  });
});

describe(buildNormsTable.name, () => {
  it('should say wettelijk or richtlijn and why a norm cannot be computed', () => {
    const norms: NormsQuery['norms'] = [
      {
        code: 'awb_9_11',
        label: 'Klachtbehandeling',
        status: 'wettelijk',
        legalBasis: 'Awb art. 9:11',
        termDays: 42,
        committeeTermDays: 70,
        workingDays: false,
        computable: true,
        dataNote: 'x',
        extension: { maxDays: 28, times: 1 },
      },
      {
        code: 'jeugd_treeknorm',
        label: 'Treeknorm',
        status: 'richtlijn',
        legalBasis: 'Treeknormen',
        termDays: 28,
        committeeTermDays: null,
        workingDays: false,
        computable: false,
        dataNote: 'Geen datums.',
        extension: null,
      },
      {
        code: 'wgs_4_dreigend',
        label: 'Wgs dreigend',
        status: 'wettelijk',
        legalBasis: 'Wgs art. 4 lid 2',
        termDays: 3,
        committeeTermDays: null,
        workingDays: true,
        computable: false,
        dataNote: 'Geen datum.',
        extension: null,
      },
    ];
    expect(buildNormsTable(norms).rows.map((row) => row.cells.map(cellText))).toEqual([
      [
        '42 dagen (70 met een commissie)',
        'eenmaal, ten hoogste 28 dagen',
        'Awb art. 9:11',
        'Wettelijk',
        'Ja',
      ],
      ['28 dagen', 'Geen', 'Treeknormen', 'Richtlijn', 'Niet berekenbaar: Geen datums.'],
      ['3 werkdagen', 'Geen', 'Wgs art. 4 lid 2', 'Wettelijk', 'Niet berekenbaar: Geen datum.'],
    ]);
  });
});

describe(createIndicatorQuery.name, () => {
  it('should carry period, interval and filters, without the source filter', () => {
    const state = parseDashboardState(
      new URLSearchParams('van=2025-01-01&tot=2025-12-31&interval=kwartaal&domein=jeugd&bron=x&aanbieder=p1'),
    );
    expect(createIndicatorQuery(state, { timeSeries: true })).toEqual({
      dateRange: { from: '2025-01-01', to: '2025-12-31' },
      dimension: null,
      granularity: 'QUARTER',
      filters: { domain: ['jeugd'], subjectOrganisation: ['p1'] },
    });
    expect(createIndicatorQuery(state, { dimension: 'domain' }).granularity).toBeNull();
  });
});

describe(buildWaitingTimeShare.name, () => {
  it('should sort members by share and hide a withheld share as "niet getoond"', () => {
    const row = (
      code: string,
      complaints: ReturnType<typeof v>,
      waiting: ReturnType<typeof v>,
      share: ReturnType<typeof v>,
    ) => ({
      code,
      label: code.toUpperCase(),
      complaints,
      waitingTime: waiting,
      waitingTimeShare: share,
    });
    const data: WaitingTimeComplaintsQuery = {
      waitingTimeComplaints: {
        disclosureControl: true,
        totals: [],
        rows: [
          row('wmo', v(200), v(20), v(10)),
          row('inb', v(8), hidden, hidden),
          row('jeugd', v(100), v(50), v(50)),
        ],
      },
    };
    const { bars, table } = buildWaitingTimeShare(data, 'caption', 'Domein');
    expect(bars.map((bar) => [bar.x, bar.y])).toEqual([
      ['JEUGD', 50],
      ['WMO', 10],
      ['INB', null],
    ]);
    expect(table.rows[2]!.cells.map(cellText)).toEqual(['8', '×', 'niet getoond']);
  });
});
