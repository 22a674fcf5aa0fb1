import { splitByHighlights } from '@/modules/themeReview/utils/splitByHighlights';

describe(splitByHighlights.name, () => {
  it('should mark the spans and keep the text around them', () => {
    expect(splitByHighlights('De Lusbus kwam niet.', [{ start: 3, end: 9 }])).toEqual([
      { text: 'De ', marked: false },
      { text: 'Lusbus', marked: true },
      { text: ' kwam niet.', marked: false },
    ]);
  });

  it('should clip overlapping and out-of-range spans', () => {
    const parts = splitByHighlights('abcdef', [
      { start: 4, end: 99 },
      { start: 0, end: 2 },
      { start: 1, end: 3 },
    ]);
    expect(parts).toEqual([
      { text: 'ab', marked: true },
      { text: 'c', marked: true },
      { text: 'd', marked: false },
      { text: 'ef', marked: true },
    ]);
  });
});
