import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import { startTracing, loadConfigOrExit } from '@beslutskedjan/platform';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  // Before Nest: spans need the provider registered when the first request or command arrives.
  const tracing = startTracing('beslutskedjan-worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks();
  if (tracing) process.once('beforeExit', () => void tracing.shutdown());
  new Logger('Worker').log(
    `Worker following the ${config.eventStore.kind} event log; reminders ` +
      (config.redisUrl
        ? `on BullMQ (Redis ${config.redisUrl.replace(/\/\/[^@]*@/, '//***@')})`
        : 'in-process from the embedded due-list (no REDIS_URL; not for production)'),
  );
}

void main();
