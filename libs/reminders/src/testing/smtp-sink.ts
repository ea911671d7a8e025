import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  messageId: string;
  text: string;
  raw: string;
}

export interface SmtpSink {
  url: string;
  received: ReceivedMail[];
  /** DATA commands answered with silence so far (see `stallFirst`). */
  stalled: number;
  /** Resolves when `count` messages have been accepted, or rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  waitForStall(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real SMTP server in the test process. With `stallFirst: n` the first n messages are read but
 * never answered (no 250), as a server hanging on DATA: the sender cannot know whether it arrived.
 */
export async function startSmtpSink(options: { stallFirst?: number } = {}): Promise<SmtpSink> {
  const sink = { received: [] as ReceivedMail[], stalled: 0 };
  let toStall = options.stallFirst ?? 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (toStall > 0) {
          toStall -= 1;
          sink.stalled += 1;
          return; // never answered
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        sink.received.push({ ...parse(raw), to: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  const until = async (done: () => boolean, what: string, timeoutMs: number) => {
    const end = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > end)
        throw new Error(`SMTP sink: ${what} within ${timeoutMs} ms (received ${sink.received.length}, stalled ${sink.stalled})`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    waitFor: (count: number, timeoutMs = 10_000) => until(() => sink.received.length >= count, `no ${count} messages`, timeoutMs),
    waitForStall: (timeoutMs = 10_000) => until(() => sink.stalled > 0, 'no stalled DATA', timeoutMs),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Stalled sessions would keep close() waiting for its own timeout.
        setTimeout(resolve, 500).unref();
      }),
  });
}

/** Just enough MIME for single-part text messages as nodemailer writes them. */
function parse(raw: string): Omit<ReceivedMail, 'to'> {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return {
    from: decodeWords(header('From')),
    subject: decodeWords(header('Subject')),
    messageId: header('Message-ID'),
    text: text.replace(/\r\n/g, '\n'),
    raw,
  };
}

function decodeQuotedPrintable(input: string): string {
  const bytes: number[] = [];
  const soft = input.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const ch = soft[i]!;
    if (ch === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(ch, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, data: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}
