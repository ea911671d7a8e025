export interface Pending<T, R> {
  item: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/**
 * Commands on one stream in one process, handled one batch at a time in arrival order. Without
 * it, ten members voting at once (or ten submissions on the year's case register) all read the
 * same revision, nine lose, re-read and race again, and the last can run out of retries. Items
 * that queue while a batch is being written form the next batch, so a hot stream is written
 * once per batch instead of once per command. Writers in other processes are still caught by the
 * expected-revision check.
 */
export class StreamBatches<T, R> {
  private readonly queues = new Map<string, Array<Pending<T, R>>>();

  constructor(
    /** Must settle every item it is given, and never reject itself. */
    private readonly handle: (streamId: string, batch: Array<Pending<T, R>>) => Promise<void>,
    private readonly maxBatch: number,
  ) {}

  submit(streamId: string, item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.queues.get(streamId);
      if (queue) {
        queue.push({ item, resolve, reject });
        return;
      }
      this.queues.set(streamId, [{ item, resolve, reject }]);
      void this.drain(streamId);
    });
  }

  private async drain(streamId: string): Promise<void> {
    for (;;) {
      const queue = this.queues.get(streamId);
      if (!queue || queue.length === 0) {
        // The last one out removes the entry, so idle streams hold no memory.
        this.queues.delete(streamId);
        return;
      }
      const batch = queue.splice(0, this.maxBatch);
      try {
        await this.handle(streamId, batch);
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
  }

  get busyStreams(): number {
    return this.queues.size;
  }
}
