interface Waiter {
  position: bigint;
  resolve: (reached: boolean) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Queries that asked to see at least a given position, parked until the runner gets there. */
export class PositionWaiters {
  private waiters: Waiter[] = [];

  wait(position: bigint, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        position,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          resolve(false);
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  reached(position: bigint): void {
    const [done, waiting] = partition(this.waiters, (w) => w.position <= position);
    this.waiters = waiting;
    for (const w of done) {
      clearTimeout(w.timer);
      w.resolve(true);
    }
  }

  failAll(error: Error): void {
    for (const w of this.waiters) {
      clearTimeout(w.timer);
      w.reject(error);
    }
    this.waiters = [];
  }
}

const partition = <T>(items: T[], test: (item: T) => boolean): [T[], T[]] => [items.filter(test), items.filter((i) => !test(i))];
