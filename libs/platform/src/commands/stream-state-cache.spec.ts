import { StreamStateCache } from './stream-state-cache.js';

const fold = (revision: number, state = `s${revision}`) => ({ state, head: { revision, hash: `h${revision}` } });
const evolveA = () => 'a';
const evolveB = () => 'b';

describe('StreamStateCache', () => {
  it('given a fold by one evolve, when another evolve asks for the stream, then it misses', () => {
    const cache = new StreamStateCache(10);
    cache.set('t/s-1', evolveA, fold(3));
    expect(cache.get('t/s-1', evolveA)).toEqual(fold(3));
    expect(cache.get('t/s-1', evolveB)).toBeUndefined();
  });

  it('given a full cache, when a new stream is added, then the least recently used one goes', () => {
    const cache = new StreamStateCache(2);
    cache.set('t/s-1', evolveA, fold(1));
    cache.set('t/s-2', evolveA, fold(1));
    cache.get('t/s-1', evolveA);
    cache.set('t/s-3', evolveA, fold(1));
    expect(cache.size).toBe(2);
    expect(cache.get('t/s-2', evolveA)).toBeUndefined();
    expect(cache.get('t/s-1', evolveA)).toBeDefined();
    expect(cache.get('t/s-3', evolveA)).toBeDefined();
  });

  it('given a fresher fold, when a racing load offers an older one, then the fresher stays', () => {
    const cache = new StreamStateCache(10);
    cache.set('t/s-1', evolveA, fold(5));
    cache.set('t/s-1', evolveA, fold(4));
    expect(cache.get('t/s-1', evolveA)?.head.revision).toBe(5);
  });

  it('given no capacity, then nothing is kept', () => {
    const cache = new StreamStateCache(0);
    cache.set('t/s-1', evolveA, fold(1));
    expect(cache.get('t/s-1', evolveA)).toBeUndefined();
  });
});
