import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { WEB_STATIC_OPTIONS } from './web.tokens.js';

export interface WebStaticOptions {
  rootPath: string;
  /** Paths never answered with the app (the API's own): they fall through to the 404 problem. */
  exclude: RegExp;
}

/**
 * The built app on the API's Fastify instance: its files as they are, and index.html for every
 * other GET (deep links such as /cases/… from reminder mail), except the API's own paths, which go
 * on to Nest's 404. More specific routes (the API, /docs, /health) win over the wildcard.
 */
@Injectable()
export class WebAppServer implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(WEB_STATIC_OPTIONS) private readonly options: WebStaticOptions,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    const { rootPath, exclude } = this.options;
    const index = join(rootPath, 'index.html');
    void fastify.register(fastifyStatic, { root: rootPath, wildcard: false, index: false, decorateReply: false });
    fastify.get('/*', (request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      if (exclude.test(path)) return reply.callNotFound();
      return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(createReadStream(index));
    });
    new Logger('WebApp').log(`Serving the web app from ${rootPath} at /`);
  }
}
