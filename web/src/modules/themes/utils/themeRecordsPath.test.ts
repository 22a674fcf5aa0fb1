import { defaultDashboardState } from '@/modules/dashboard/dashboardState';
import { themeRecordsPath } from '@/modules/themes/utils/themeRecordsPath';

describe('themeRecordsPath', () => {
  const state = { ...defaultDashboardState(new Date(2026, 10, 23)), domains: [] };

  it('should filter the Dossiers page on the theme and the period', () => {
    expect(themeRecordsPath('wachttijd', state)).toBe(
      '/dossiers?thema=wachttijd&van=2025-11-01&tot=2026-10-31',
    );
  });

  it('should keep a single chosen domain, and leave out more than one', () => {
    expect(themeRecordsPath('wachttijd', { ...state, domains: ['jeugd'] })).toBe(
      '/dossiers?thema=wachttijd&domein=jeugd&van=2025-11-01&tot=2026-10-31',
    );
    expect(themeRecordsPath('wachttijd', { ...state, domains: ['jeugd', 'wmo'] })).not.toContain('domein');
  });
});
