import { TRACE_ID_PATTERN } from '../commands/command-context.factory.js';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { DestinationStream, Level } from 'pino';

/** The header a caller may set to correlate its request; the API answers with the id it used. */
export const CORRELATION_HEADER = 'x-correlation-id';

/**
 * Never written to a log: credentials, and the personal data that lives only in the erasable
 * people directory (names, e-mail addresses, personal identity numbers). Paths are pino's redact
 * syntax; `*` is one level, so the common nestings are listed.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...[
    'authorization',
    'token',
    'accessToken',
    'password',
    'secret',
    'email',
    'displayName',
    'name',
    'personalIdentityNumber',
    'personnummer',
  ].flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

/**
 * The request id is the correlation id: the caller's `X-Correlation-Id` when it is a sane token,
 * otherwise a new UUID. It is written back into the request's headers, where the command context
 * reads it, so every event a request appends carries the id its log lines carry. The HTTP
 * platform calls this as its request-id generator (Fastify's `genReqId`), and the logger reuses
 * that id; the platform also echoes it in the response's `X-Correlation-Id`.
 */
export function correlate(req: IncomingMessage): string {
  const given = req.headers[CORRELATION_HEADER];
  if (typeof given === 'string' && TRACE_ID_PATTERN.test(given)) return given;
  // An id that is not a short opaque token (it would enter the immutable log) is left in the headers as
  // sent, so a command refuses it with a 400 naming X-Correlation-Id; the log lines get a fresh id.
  const id = randomUUID();
  if (given === undefined) req.headers[CORRELATION_HEADER] = id;
  return id;
}

/** A URL as logged: a `token` query parameter (the queue dashboard's browser login) is masked. */
export function loggableUrl(url: string | undefined): string {
  if (!url || !url.includes('token=')) return url ?? '';
  return url.replace(/([?&]token=)[^&#]*/g, '$1[redacted]');
}

export interface LoggingOptions {
  level: Level | 'silent';
  /** Names the process in every line (`api`, `worker`). */
  processName: string;
  /** Human-readable lines; only when a person is watching (stdout is a terminal). */
  pretty?: boolean;
  /** Where lines go (stdout by default); tests pass a stream they read. */
  destination?: DestinationStream;
}

/** nestjs-pino's parameters: one JSON object per line, the request id on every request's lines. */
export function loggingParams(options: LoggingOptions): Params {
  const httpOptions = {
    level: options.level,
    base: { process: options.processName },
    genReqId: correlate,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // Client errors are the client's business; an operator is paged for server errors only.
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
      error || res.statusCode >= 500 ? ('error' as const) : ('info' as const),
    customProps: (req: IncomingMessage) => ({ correlationId: (req as IncomingMessage & { id?: unknown }).id }),
    serializers: {
      // An allow-list: no headers but the harmless ones, so no token or cookie can slip through.
      req: (req: { id: unknown; method: string; url: string; headers: Record<string, unknown> }) => ({
        id: req.id,
        method: req.method,
        url: loggableUrl(req.url),
        userAgent: req.headers['user-agent'],
        contentLength: req.headers['content-length'],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    ...(options.pretty && !options.destination
      ? { transport: { target: 'pino-pretty', options: { singleLine: true, colorize: true } } }
      : {}),
  };
  return {
    pinoHttp: options.destination ? [httpOptions, options.destination] : httpOptions,
    // Health probes every few seconds would drown the access log.
    exclude: [{ method: RequestMethod.GET, path: 'health' }],
  };
}
