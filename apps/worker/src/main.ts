import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import { loadConfigOrExit } from '../../../libs/platform/src/config/app-config.js';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks();
  new Logger('Worker').log(
    `Worker following the ${config.eventStore.kind} event log; reminders ` +
      (config.redisUrl
        ? `on BullMQ (Redis ${config.redisUrl.replace(/\/\/[^@]*@/, '//***@')})`
        : 'in-process from the embedded due-list (no REDIS_URL; not for production)'),
  );
}

void main();
