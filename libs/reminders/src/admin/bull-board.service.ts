import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { createTokenVerifier, type AppConfig, APP_CONFIG } from '@beslutskedjan/platform';
import { REMINDER_QUEUE } from '../reminders.tokens.js';
import { WRITE_SUFFIX, operatorOnly } from './admin-only.hook.js';

export const BULL_BOARD_PATH = '/admin/queues';

/**
 * bull-board at /admin/queues for the platform operator, read-only; write mode at /admin/queues-write. Registered as a Fastify plugin while the module
 * initialises (Fastify loads it when the app becomes ready), outside the /api prefix, so neither
 * main.ts nor the e2e test app needs to know about it. The admin check is a hook of the
 * plugin's own scope, so it runs for bull-board's routes and no others.
 */
@Injectable()
export class BullBoardMount implements OnModuleInit {
  private readonly logger = new Logger('BullBoard');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @InjectQueue(REMINDER_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const http = this.adapterHost.httpAdapter;
    if (!http) return;
    const fastify = http.getInstance<FastifyInstance>();
    const verify = createTokenVerifier(this.config.auth);
    for (const readOnly of [true, false]) {
      const path = readOnly ? BULL_BOARD_PATH : `${BULL_BOARD_PATH}${WRITE_SUFFIX}`;
      const serverAdapter = new FastifyAdapter();
      serverAdapter.setBasePath(path);
      // @bull-board/fastify pins its own patch release of @bull-board/api; the adapter contract is the same.
      const board = serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'];
      createBullBoard({
        queues: [new BullMQAdapter(this.queue, { readOnlyMode: readOnly })],
        serverAdapter: board,
        options: { uiConfig: { boardTitle: readOnly ? 'Beslutskedjan (read-only)' : 'Beslutskedjan (write mode)' } },
      });
      const guard = operatorOnly(verify, path, { readOnly });
      void fastify.register(
        async (scope) => {
          scope.addHook('onRequest', guard);
          await scope.register(serverAdapter.registerPlugin());
        },
        { prefix: path },
      );
    }
    this.logger.log(
      `Queue dashboard at ${this.config.publicUrl}${BULL_BOARD_PATH} (read-only; write mode at ${BULL_BOARD_PATH}${WRITE_SUFFIX}); operator token required`,
    );
  }
}
