import { KeyCache } from './key-cache';

const key = Buffer.alloc(32, 7);

describe('the key cache of a process', () => {
  it('forgets a live key after its time to live, so an erasure elsewhere reaches this process', () => {
    let now = 0;
    const cache = new KeyCache({ ttlMs: 30_000, now: () => now });
    cache.set('kota-dumai', 'p1', key);
    now = 29_999;
    expect(cache.get('kota-dumai', 'p1')).toBe(key);
    now = 30_000;
    expect(cache.get('kota-dumai', 'p1')).toBeUndefined();
  });

  it('keeps an erasure for good: erased is final', () => {
    let now = 0;
    const cache = new KeyCache({ ttlMs: 10, now: () => now });
    cache.set('kota-dumai', 'p1', key);
    cache.erased('kota-dumai', 'p1');
    now = 1e12;
    expect(cache.get('kota-dumai', 'p1')).toBeNull();
  });

  it('holds at most its bound, dropping the least recently used', () => {
    const cache = new KeyCache({ maxEntries: 2 });
    cache.set('t', 'a', key);
    cache.set('t', 'b', key);
    cache.get('t', 'a');
    cache.set('t', 'c', key);
    expect(cache.size).toBe(2);
    expect(cache.get('t', 'b')).toBeUndefined();
    expect(cache.get('t', 'a')).toBe(key);
  });

  it('keeps tenants apart', () => {
    const cache = new KeyCache();
    cache.set('kota-dumai', 'p1', key);
    expect(cache.get('kota-bontang', 'p1')).toBeUndefined();
  });
});
