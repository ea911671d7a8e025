/**
 * Runs one task at a time per stream, in arrival order. Commands on the same stream in one
 * process then take turns instead of racing: without it, ten members voting at once all read the
 * same revision, nine lose, re-read and race again, and the last can run out of retries. Writers
 * in other processes are still caught by the expected-revision check.
 */
export class StreamQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(streamId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(streamId) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(streamId, tail);
    // The last one out removes the entry, so idle streams hold no memory.
    void tail.then(() => {
      if (this.tails.get(streamId) === tail) this.tails.delete(streamId);
    });
    return result;
  }

  get busyStreams(): number {
    return this.tails.size;
  }
}
