import { pageOf } from '@/ui/table/pageOf';

describe(pageOf.name, () => {
  const items = Array.from({ length: 53 }, (_, index) => index + 1);

  it('should cut the requested page and count the pages', () => {
    expect(pageOf(items, 2, 25)).toEqual({
      items: items.slice(25, 50),
      page: 2,
      pageCount: 3,
    });
    expect(pageOf(items, 3, 25).items).toEqual([51, 52, 53]);
  });

  it('should clamp a page beyond the end to the last page and an empty list to one page', () => {
    expect(pageOf(items, 9, 25).page).toBe(3);
    expect(pageOf([], 4, 25)).toEqual({ items: [], page: 1, pageCount: 1 });
  });
});
