import { BadRequestException } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyRequest } from 'fastify';
import { correlate, traceHttp, MAX_JSON_DEPTH, textExceedsDepth } from '@beslutskedjan/platform';
import { InvalidInputError } from '@beslutskedjan/shared';

/**
 * The largest valid request is a policy revision: up to 200,000 characters of text (6 bytes each at worst,
 * as JSON escapes) and its rules. 2 MiB holds it; anything bigger is refused with 413 before it is read.
 */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export interface HttpOptions {
  /** Browser origins allowed to call the API (CORS_ORIGINS); none: no CORS headers, so browsers refuse. */
  corsOrigins?: readonly string[];
  /**
   * The OIDC issuer the web app signs in against (OIDC_ISSUER). The browser fetches its discovery
   * document, keys and token endpoint itself (authorization code + PKCE), so its origin must be in connect-src.
   */
  oidcIssuer?: string | null;
}

/**
 * The API's HTTP platform: Fastify. Express cost about a quarter of a millisecond per request
 * before any work (bench/http.ts compares a bare route with plain node:http). The real server,
 * the e2e tests and the bench all take their adapter from here, so they see the same API.
 */
export function createHttpAdapter(options: HttpOptions = {}): FastifyAdapter {
  // Fastify sends no X-Powered-By; helmet adds the security headers to every response, the docs included.
  // The request id is the correlation id (see correlate); the logger and the commands reuse it.
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, genReqId: correlate });
  const fastify = adapter.getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('X-Correlation-Id', request.id);
    done();
  });
  traceHttp(fastify);
  void fastify.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI styles itself inline and shows the validator badge as a data: image.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        connectSrc: connectSources(options.oidcIssuer),
        frameAncestors: ["'none'"],
      },
    },
  });
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    void fastify.register(cors, { origin: [...options.corsOrigins], credentials: false, maxAge: 600 });
  }
  tolerantJson(adapter);
  return adapter;
}

/** 'self', plus the issuer's origin when the web app signs in through OIDC (redirects are navigation, not connect). */
export function connectSources(oidcIssuer: string | null | undefined): string[] {
  if (!oidcIssuer) return ["'self'"];
  return ["'self'", new URL(oidcIssuer).origin];
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
    // Counted on the text, before parsing: validation and hashing recurse, and a hostile depth must be a 400.
    if (textExceedsDepth(text)) {
      return done(
        new InvalidInputError([{ field: 'body', message: `must not be nested deeper than ${MAX_JSON_DEPTH} levels` }]),
        undefined,
      );
    }
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
