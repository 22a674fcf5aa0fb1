import { recordsExportUrl } from '@/modules/records/utils/recordsExportUrl';

describe(recordsExportUrl.name, () => {
  it('should write the filter with repeated codes and encoded search words', () => {
    expect(
      recordsExportUrl({ search: 'wachtlijst & "traplift"', domain: ['wmo', 'jeugd'], from: '2025-01-01' }),
    ).toBe(
      '/api/records/export.csv?search=wachtlijst+%26+%22traplift%22&domain=wmo&domain=jeugd&from=2025-01-01',
    );
  });

  it('should ask for everything without a filter', () => {
    expect(recordsExportUrl({})).toBe('/api/records/export.csv');
  });
});
