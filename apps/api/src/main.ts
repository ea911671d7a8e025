import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startTracing, loadConfigOrExit } from '@beslutskedjan/platform';
import { AppModule } from './app.module.js';
import { configureHttp } from './configure-http.js';
import { createHttpAdapter } from './http-platform.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  // Before Nest: spans need the provider registered when the first request or command arrives.
  const tracing = startTracing('beslutskedjan-api');
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    createHttpAdapter({ corsOrigins: config.http.corsOrigins, oidcIssuer: config.web.oidc?.issuer }),
    {
      bufferLogs: true,
    },
  );
  app.useLogger(app.get(PinoLogger));
  configureHttp(app);
  app.enableShutdownHooks();
  if (tracing) process.once('beforeExit', () => void tracing.shutdown());
  // Fastify listens on localhost unless told otherwise; a container needs every interface.
  await app.listen(config.port, config.host);
  const logger = new Logger('API');
  logger.log(`Listening on ${config.publicUrl} (docs: ${config.publicUrl}/docs, health: ${config.publicUrl}/health)`);
  logger.log(
    config.eventStore.kind === 'sqlite'
      ? `Embedded event store: ${config.eventStore.file}`
      : `KurrentDB event store: ${config.eventStore.url.replace(/\/\/[^@]*@/, '//***@')}`,
  );
  if (config.auth.secretSource === 'file')
    logger.log(`Tokens: HS256 with the secret in ${config.dataDir}/token-secret (mint with: npm run token -- --help)`);
}

void main();
