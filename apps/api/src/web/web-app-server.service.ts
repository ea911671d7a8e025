import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ApplicationConfig, HttpAdapterHost } from '@nestjs/core';
import { ExpressLoader, FastifyLoader, type ServeStaticModuleOptions } from '@nestjs/serve-static';
import { WEB_STATIC_OPTIONS } from './web.tokens.js';

/**
 * Registers the built app with @nestjs/serve-static's loader for the HTTP adapter in use (Express or
 * Fastify). ServeStaticModule picks its loader when its providers are built, which in a testing
 * module is before any HTTP adapter exists; choosing at init works in both.
 */
@Injectable()
export class WebAppServer implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly applicationConfig: ApplicationConfig,
    @Inject(WEB_STATIC_OPTIONS) private readonly options: ServeStaticModuleOptions,
  ) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    if (!adapter) return;
    const loader = adapter.constructor.name === 'FastifyAdapter' ? new FastifyLoader() : new ExpressLoader();
    loader.register(adapter, this.applicationConfig, [this.options]);
    new Logger('WebApp').log(`Serving the web app from ${this.options.rootPath ?? ''} at /`);
  }
}
