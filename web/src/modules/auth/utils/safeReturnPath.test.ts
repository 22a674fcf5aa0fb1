import { safeReturnPath } from '@/modules/auth/utils/safeReturnPath';

describe(safeReturnPath.name, () => {
  it('should keep a local path with its query string', () => {
    expect(safeReturnPath('/themas?van=2025-01-01')).toBe('/themas?van=2025-01-01');
  });

  it('should fall back to the start page for anything that could leave the site', () => {
    expect(safeReturnPath(null)).toBe('/');
    expect(safeReturnPath('https://example.org')).toBe('/');
    expect(safeReturnPath('//example.org')).toBe('/');
    expect(safeReturnPath('/\\example.org')).toBe('/');
    expect(safeReturnPath('/inloggen?terug=/themas')).toBe('/');
  });
});
