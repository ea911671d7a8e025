import { StreamQueue } from './stream-queue.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('StreamQueue', () => {
  it('given tasks on one stream, when they overlap, then they run one at a time in arrival order', async () => {
    const queue = new StreamQueue();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} starts`);
      await tick();
      log.push(`${name} ends`);
      return name;
    };
    const results = await Promise.all([queue.run('s', task('a')), queue.run('s', task('b')), queue.run('s', task('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
  });

  it('given tasks on two streams, then they interleave', async () => {
    const queue = new StreamQueue();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} starts`);
      await tick();
      log.push(`${name} ends`);
    };
    await Promise.all([queue.run('s1', task('a')), queue.run('s2', task('b'))]);
    expect(log).toEqual(['a starts', 'b starts', 'a ends', 'b ends']);
  });

  it('given a failing task, then the next still runs and the failure reaches only its caller', async () => {
    const queue = new StreamQueue();
    const failing = queue.run('s', () => Promise.reject(new Error('rule violated')));
    const next = queue.run('s', () => Promise.resolve('ran'));
    await expect(failing).rejects.toThrow('rule violated');
    await expect(next).resolves.toBe('ran');
    await tick();
    expect(queue.busyStreams).toBe(0);
  });
});
