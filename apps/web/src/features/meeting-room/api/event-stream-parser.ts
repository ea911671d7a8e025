/** One server-sent event as the WHATWG "event stream interpretation" defines it. */
export interface StreamMessage {
  id: string | null;
  event: string;
  data: string;
  retry: number | null;
}

/**
 * An incremental text/event-stream parser. EventSource cannot send a bearer token, so the meeting
 * room reads the stream with fetch and parses it here, exactly as a browser would.
 */
export class EventStreamParser {
  private buffer = '';
  private id: string | null = null;
  private event = '';
  private data: string[] = [];
  private retry: number | null = null;

  /** Feeds a decoded chunk; returns the messages it completed. */
  push(chunk: string): StreamMessage[] {
    this.buffer += chunk;
    const out: StreamMessage[] = [];
    for (let end = this.lineEnd(); end >= 0; end = this.lineEnd()) {
      const line = this.buffer.slice(0, end);
      const skip = this.buffer.startsWith('\r\n', end) ? 2 : 1;
      this.buffer = this.buffer.slice(end + skip);
      const message = this.line(line);
      if (message) out.push(message);
    }
    return out;
  }

  private lineEnd(): number {
    const cr = this.buffer.indexOf('\r');
    const lf = this.buffer.indexOf('\n');
    if (cr < 0) return lf;
    if (lf < 0) return cr === this.buffer.length - 1 ? -1 : cr; // a lone CR at the end may be half of CRLF
    return Math.min(cr, lf);
  }

  private line(line: string): StreamMessage | null {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
    else if (field === 'id' && !value.includes('\0')) this.id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.retry = Number(value);
    return null;
  }

  private dispatch(): StreamMessage | null {
    const message =
      this.data.length === 0 ? null : { id: this.id, event: this.event || 'message', data: this.data.join('\n'), retry: this.retry };
    this.data = [];
    this.event = '';
    this.retry = null;
    return message;
  }
}
