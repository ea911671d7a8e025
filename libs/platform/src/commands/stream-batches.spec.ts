import { StreamBatches, type Pending } from './stream-batches.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A handler that records the batches it sees and answers each item with its name. */
function recorder() {
  const log: string[] = [];
  const batches: string[][] = [];
  const handle = async (streamId: string, batch: Array<Pending<string, string>>) => {
    batches.push(batch.map((p) => p.item));
    log.push(`${streamId}:${batch.map((p) => p.item).join('+')} starts`);
    await tick();
    log.push(`${streamId}:${batch.map((p) => p.item).join('+')} ends`);
    for (const p of batch) {
      if (p.item.startsWith('bad')) p.reject(new Error(`${p.item} refused`));
      else p.resolve(`${p.item} done`);
    }
  };
  return { log, batches, handle };
}

describe('StreamBatches', () => {
  it('given items that queue while a batch is written, then they form the next batch, in arrival order', async () => {
    const r = recorder();
    const batches = new StreamBatches(r.handle, 100);
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((x) => batches.submit('s', x)));
    expect(results).toEqual(['a done', 'b done', 'c done', 'd done']);
    expect(r.batches).toEqual([['a'], ['b', 'c', 'd']]);
    expect(r.log).toEqual(['s:a starts', 's:a ends', 's:b+c+d starts', 's:b+c+d ends']);
  });

  it('given a cap, then no batch is larger', async () => {
    const r = recorder();
    const batches = new StreamBatches(r.handle, 2);
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((x) => batches.submit('s', x)));
    expect(r.batches).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });

  it('given items on two streams, then the streams do not wait for each other', async () => {
    const r = recorder();
    const batches = new StreamBatches(r.handle, 100);
    await Promise.all([batches.submit('s1', 'a'), batches.submit('s2', 'b')]);
    expect(r.log).toEqual(['s1:a starts', 's2:b starts', 's1:a ends', 's2:b ends']);
  });

  it('given a refused item, then only its caller sees the error, the stream goes on, and idle streams are forgotten', async () => {
    const r = recorder();
    const batches = new StreamBatches(r.handle, 100);
    const outcomes = await Promise.allSettled(['a', 'bad', 'c'].map((x) => batches.submit('s', x)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    await tick();
    expect(batches.busyStreams).toBe(0);
  });

  it('given a handler that throws, then every item of that batch is rejected and the next batch still runs', async () => {
    let calls = 0;
    const batches = new StreamBatches<string, string>(async (_s, batch) => {
      calls++;
      if (calls === 1) throw new Error('store unavailable');
      for (const p of batch) p.resolve('ok');
    }, 100);
    const first = batches.submit('s', 'a');
    const second = batches.submit('s', 'b');
    await expect(first).rejects.toThrow('store unavailable');
    await expect(second).resolves.toBe('ok');
  });
});
