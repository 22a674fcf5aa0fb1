import {
  defaultDashboardState,
  parseDashboardState,
  serializeDashboardState,
  type DashboardState,
} from '@/modules/dashboard/dashboardState';

const today = new Date(2026, 10, 23); // 23 november 2026, local time

describe('dashboardState', () => {
  it('should default to the last 12 complete months, per month, without comparison', () => {
    expect(parseDashboardState(new URLSearchParams(), today)).toEqual({
      from: '2025-11-01',
      to: '2026-10-31',
      interval: 'maand',
      municipalities: [],
      domains: [],
      sources: [],
      providers: [],
      compare: 'geen',
    });
  });

  it('should cross a year boundary in January', () => {
    const state = defaultDashboardState(new Date(2026, 0, 5));
    expect([state.from, state.to]).toEqual(['2025-01-01', '2025-12-31']);
  });

  it('should survive a round trip through the URL', () => {
    const state: DashboardState = {
      from: '2024-01-01',
      to: '2024-06-30',
      interval: 'kwartaal',
      municipalities: ['GM0344'],
      domains: ['wmo', 'jeugd'],
      sources: ['kcc'],
      providers: ['zorg-a', 'zorg-b'],
      compare: 'vorig-jaar',
    };
    const search = serializeDashboardState(state).toString();

    expect(search).toBe(
      'van=2024-01-01&tot=2024-06-30&interval=kwartaal&gemeente=GM0344&domein=wmo&domein=jeugd' +
        '&bron=kcc&aanbieder=zorg-a&aanbieder=zorg-b&vergelijk=vorig-jaar',
    );
    expect(parseDashboardState(new URLSearchParams(search), today)).toEqual(state);
  });

  it('should always write the period but leave out a default interval and comparison', () => {
    const search = serializeDashboardState(defaultDashboardState(today)).toString();
    expect(search).toBe('van=2025-11-01&tot=2026-10-31');
  });

  it('should fall back to the defaults for invalid values', () => {
    const state = parseDashboardState(
      new URLSearchParams(
        'van=2024-02-30&tot=2024-03-01&interval=eeuw&vergelijk=ja&domein=&domein=wmo&domein=wmo',
      ),
      today,
    );
    expect(state).toMatchObject({
      from: '2025-11-01',
      to: '2026-10-31',
      interval: 'maand',
      compare: 'geen',
      domains: ['wmo'],
    });
  });

  it('should reject a period that ends before it starts', () => {
    const state = parseDashboardState(new URLSearchParams('van=2024-05-01&tot=2024-04-01'), today);
    expect([state.from, state.to]).toEqual(['2025-11-01', '2026-10-31']);
  });
});
