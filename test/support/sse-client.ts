import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface SseMessage {
  id: string | null;
  event: string | null;
  data: string;
  retry: number | null;
  /** performance.now() when the message's last line arrived. */
  receivedAt: number;
}

/**
 * A server-sent events client over real HTTP, parsing the stream as a browser does
 * (WHATWG "event stream interpretation"), with a bearer token that EventSource could not send.
 */
export class SseClient {
  readonly messages: SseMessage[] = [];
  readonly comments: string[] = [];
  private buffer = '';
  private pending: SseMessage = blank();
  private waiters: Array<() => void> = [];
  private ended = false;

  private constructor(
    private readonly req: ClientRequest,
    readonly response: IncomingMessage,
  ) {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => this.feed(chunk));
    response.on('close', () => {
      this.ended = true;
      this.wake();
    });
  }

  /** Resolves once the response headers are in; rejects on a non-200 status with its body. */
  static open(url: string, token: string, lastEventId?: string): Promise<SseClient> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'text/event-stream' };
      if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
      const req = request(url, { headers }, (res) => {
        if (res.statusCode !== 200) {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => reject(new Error(`SSE ${url}: ${res.statusCode} ${body}`)));
          return;
        }
        resolve(new SseClient(req, res));
      });
      req.on('error', reject);
      req.end();
    });
  }

  /** The JSON data of every message so far. */
  data<T>(): T[] {
    return this.messages.map((m) => JSON.parse(m.data) as T);
  }

  /** Waits (event-driven, no polling) until a message satisfies `test`. */
  async waitFor(test: (m: SseMessage) => boolean, timeoutMs = 5000): Promise<SseMessage> {
    await this.until(
      () => this.messages.some(test),
      timeoutMs,
      () => `a matching message; got ids ${this.messages.map((m) => m.id).join(', ')}`,
    );
    return this.messages.find(test)!;
  }

  /** Waits for the next comment line (the server's keep-alive). */
  async waitForComment(timeoutMs = 5000): Promise<string> {
    const before = this.comments.length;
    await this.until(
      () => this.comments.length > before,
      timeoutMs,
      () => 'a comment',
    );
    return this.comments[before]!;
  }

  private async until(condition: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (!condition()) {
      if (this.ended) throw new Error(`SSE stream ended while waiting for ${what()}`);
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`no ${what()} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.req.destroy();
  }

  private feed(chunk: string): void {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = this.buffer.slice(0, newline);
      this.buffer = this.buffer.slice(newline + (this.buffer.startsWith('\r\n', newline) ? 2 : 1));
      this.line(line);
    }
  }

  private line(line: string): void {
    if (line === '') {
      if (this.pending.data !== '' || this.pending.id !== null) {
        this.messages.push({ ...this.pending, data: this.pending.data.replace(/\n$/, ''), receivedAt: performance.now() });
      }
      this.pending = blank();
      this.wake();
      return;
    }
    if (line.startsWith(':')) {
      this.comments.push(line.slice(1).trim());
      this.wake();
      return;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') this.pending.data += `${value}\n`;
    else if (field === 'id') this.pending.id = value;
    else if (field === 'event') this.pending.event = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.pending.retry = Number(value);
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

const blank = (): SseMessage => ({ id: null, event: null, data: '', retry: null, receivedAt: 0 });

/** The q-quantile (0..1) of the samples, nearest rank. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}
