import { AppConfig } from '../config/app-config';
import { DatabaseNotifications } from '../database/database-notifications';
import { AggregateCache } from './aggregate-cache.service';

/** A LISTEN connection that is always up (the real one is tested in aggregate-cache.e2e.spec.ts). */
const listening = { listening: true, subscribe: () => Promise.resolve() } as unknown as DatabaseNotifications;

const cacheOf = (config: Partial<AppConfig>): AggregateCache =>
  new AggregateCache({ aggregateCacheEntries: 100, ...config } as AppConfig, listening);

/** 1 KB: room for two answers of 400 characters of JSON, not three. */
const ONE_KB = 1 / 1024;

describe(AggregateCache.name, () => {
  const answer = (letter: string): { text: string } => ({ text: letter.repeat(400) });

  it('should keep per-query answers within the size bound, dropping the least recently used', async () => {
    const sut = cacheOf({ aggregateCacheMegabytes: ONE_KB });
    const compute = jest.fn((letter: string) => Promise.resolve(answer(letter)));
    for (const letter of ['a', 'b', 'c']) await sut.get(letter, () => compute(letter));
    await Promise.resolve();
    compute.mockClear();
    await sut.get('c', () => compute('c'));
    await sut.get('b', () => compute('b'));
    expect(compute).not.toHaveBeenCalled();
    await sut.get('a', () => compute('a'));
    expect(compute).toHaveBeenCalledWith('a');
  });

  it('should not keep a per-query answer larger than the whole bound', async () => {
    const sut = cacheOf({ aggregateCacheMegabytes: ONE_KB });
    const compute = jest.fn(() => Promise.resolve({ text: 'x'.repeat(2000) }));
    await sut.get('big', compute);
    await Promise.resolve();
    await sut.get('big', compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('should keep whole answers within the size bound', () => {
    const sut = cacheOf({ aggregateCacheMegabytes: ONE_KB });
    for (const letter of ['a', 'b', 'c']) sut.keepResponse(letter, answer(letter), sut.dataVersion, 420);
    expect(sut.response('a')).toBeUndefined();
    expect(sut.response('b')).toEqual(answer('b'));
    expect(sut.response('c')).toEqual(answer('c'));
    sut.keepResponse('big', answer('d'), sut.dataVersion, 2000);
    expect(sut.response('big')).toBeUndefined();
  });

  it('should be bounded by the number of answers only when no size is configured', async () => {
    const sut = cacheOf({ aggregateCacheEntries: 2 });
    const compute = jest.fn((letter: string) => Promise.resolve({ text: letter.repeat(100_000) }));
    for (const letter of ['a', 'b']) await sut.get(letter, () => compute(letter));
    sut.keepResponse('whole', answer('w'), sut.dataVersion, 5_000_000);
    compute.mockClear();
    await sut.get('a', () => compute('a'));
    await sut.get('b', () => compute('b'));
    expect(compute).not.toHaveBeenCalled();
    expect(sut.response('whole')).toEqual(answer('w'));
  });
});
