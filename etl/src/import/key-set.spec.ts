import { KeyHashes } from './key-set';

describe(KeyHashes.name, () => {
  it('should say no for every new key and yes for every repeated one, also after its table grew', () => {
    const keys = new KeyHashes();
    const count = 200_000;
    for (let n = 0; n < count; n++) expect(keys.add(`12\tZ-${n}`)).toBe(false);
    for (let n = 0; n < count; n += 997) expect(keys.add(`12\tZ-${n}`)).toBe(true);
    expect(keys.add('13\tZ-0')).toBe(false);
    expect(keys.add('null\tZ-0')).toBe(false);
  });
});
