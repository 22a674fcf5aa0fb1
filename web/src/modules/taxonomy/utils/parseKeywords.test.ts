import { parseKeywords } from '@/modules/taxonomy/utils/parseKeywords';

describe(parseKeywords.name, () => {
  it('should split on commas and new lines and drop empty entries', () => {
    expect(parseKeywords('kompaspas, stadspas\n\n minima ,')).toEqual(['kompaspas', 'stadspas', 'minima']);
  });
});
