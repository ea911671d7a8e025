import { getPriority } from 'node:os';
import { threadId } from 'node:worker_threads';
import { ThreadTasks } from './thread-tasks.js';

describe('ThreadTasks: work off the event loop', () => {
  const tasks = new ThreadTasks(new URL('./thread-tasks.fixture.js', import.meta.url), 2);
  afterAll(() => tasks.close());

  it('runs a task on another thread, with Maps and bigints in and out', async () => {
    const result = await tasks.run<{ threadId: number; doubled: bigint; size: number }>('whereAmI', {
      n: 21n,
      seen: new Map([['a', 1]]),
    });
    expect(result.threadId).not.toBe(threadId);
    expect(result).toMatchObject({ doubled: 42n, size: 1 });
  });

  it('runs below the event loop’s priority where the kernel allows it (Linux), so a busy machine serves requests first', async () => {
    const seen = await tasks.run<number | null>('priority', {});
    if (seen === null) console.warn('SKIPPED: thread priority check: no /proc/thread-self here');
    else expect(seen).toBeGreaterThan(getPriority());
  });

  it('streams what a task emits, in order, as it is made', async () => {
    const chunks: string[] = [];
    for await (const chunk of tasks.stream('count', { chunks: 3 })) chunks.push(String(chunk));
    expect(chunks.join('')).toBe('chunk 0;chunk 1;chunk 2;');
  });

  it('makes the next chunk only when the reader wants it, and a reader that goes away ends the task', async () => {
    // 1,000 chunks of 64 kB (64 MB) through a reader that takes one chunk and then leaves.
    const stream = tasks.stream('count', { chunks: 1000, size: 65_536 });
    for await (const chunk of stream) {
      expect(chunk.length).toBe(65_536);
      break;
    }
    expect(stream.destroyed).toBe(true);
    // Both threads are free again.
    expect(await Promise.all([1n, 2n].map((n) => tasks.run('whereAmI', { n, seen: new Map() })))).toHaveLength(2);
  });

  it('rejects with the thread’s error, name and code kept, and goes on serving', async () => {
    await expect(tasks.run('fail', {})).rejects.toMatchObject({ name: 'RangeError', message: 'out of range', code: 'TOO_BIG' });
    await expect(tasks.run('nothing', {})).rejects.toThrow(/No task nothing/);
    expect(await Promise.all([1n, 2n, 3n].map((n) => tasks.run('whereAmI', { n, seen: new Map() })))).toHaveLength(3);
  });
});
