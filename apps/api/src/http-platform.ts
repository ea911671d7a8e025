import { BadRequestException } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';

/**
 * The API's HTTP platform: Fastify. Express cost about a quarter of a millisecond per request
 * before any work (bench/http.ts compares a bare route with plain node:http). The real server,
 * the e2e tests and the bench all take their adapter from here, so they see the same API.
 */
export function createHttpAdapter(): FastifyAdapter {
  const adapter = new FastifyAdapter();
  tolerantJson(adapter);
  return adapter;
}

/**
 * Fastify's JSON parser, with two differences clients of the old platform relied on: an empty
 * body sent as application/json is no body (commands without input), and a body that is not
 * JSON keeps its parse error as the cause, so the problem says MALFORMED_BODY and why.
 */
function tolerantJson(adapter: FastifyAdapter): void {
  const fastify = adapter.getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  const { bodyLimit } = fastify.initialConfig;
  adapter.useBodyParser('application/json', false, { bodyLimit }, (request: FastifyRequest, body: string | Buffer, done: ParserDone) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    parse(request, text, (error: Error | null, value?: unknown) => {
      if (!error) return done(null, value);
      done(new BadRequestException('The request body is not valid JSON', { cause: syntaxError(text, error) }), undefined);
    });
  });
}

type ParserDone = (error: Error | null, body?: unknown) => void;

function syntaxError(text: string, fallback: Error): SyntaxError {
  try {
    JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) return error;
  }
  // Valid JSON that the secure parser refused (a __proto__ or constructor key).
  return new SyntaxError(fallback.message);
}

/** After `app.init()`: Fastify loads its plugins (bull-board, swagger assets) when it becomes ready. */
export async function readyHttp(app: NestFastifyApplication): Promise<void> {
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
}
