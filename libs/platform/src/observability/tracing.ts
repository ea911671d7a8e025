import { context, propagation, trace, SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-node';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Tracing is off unless the standard variables ask for it: OTEL_TRACES_EXPORTER (`otlp`,
 * `console`), or an OTLP endpoint (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT).
 * OTEL_SDK_DISABLED=true and OTEL_TRACES_EXPORTER=none keep it off. The OTLP exporter reads its
 * own OTEL_EXPORTER_OTLP_* settings; OTEL_SERVICE_NAME names the service.
 */
export function tracingExporterFromEnv(env: NodeJS.ProcessEnv = process.env): SpanExporter | null {
  if (env.OTEL_SDK_DISABLED === 'true') return null;
  const exporter = env.OTEL_TRACES_EXPORTER?.split(',')[0]?.trim();
  if (exporter === 'none') return null;
  if (exporter === 'console') return new ConsoleSpanExporter();
  if (exporter === 'otlp' || env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return new OTLPTraceExporter();
  return null;
}

export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * Registers a tracer provider for this process (before Nest starts). `simple` exports each span
 * as it ends (tests); otherwise spans are batched. Returns null when tracing is off.
 */
export function startTracing(
  serviceName: string,
  exporter: SpanExporter | null = tracingExporterFromEnv(),
  options: { simple?: boolean } = {},
): Tracing | null {
  if (!exporter) return null;
  const provider = new NodeTracerProvider({
    resource: defaultResource().merge(resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME ?? serviceName })),
    spanProcessors: [options.simple ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  provider.register();
  return {
    shutdown: async () => {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

const SPAN = Symbol('span');
type Traced = FastifyRequest & { [SPAN]?: Span };

/**
 * The HTTP span of each request: started when the request arrives (continuing a caller's
 * `traceparent`), made the active context once the body is parsed (preHandler, so the handler,
 * the command and the append run inside it), ended with the route and status when it is answered.
 */
export function traceHttp(fastify: FastifyInstance): void {
  const tracer = trace.getTracer('beslutskedjan');
  fastify.addHook('onRequest', (request: Traced, _reply, done) => {
    const parent = propagation.extract(context.active(), request.headers);
    const span = tracer.startSpan(
      `HTTP ${request.method}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method } },
      parent,
    );
    // Without a tracer provider (tracing off) the span is OpenTelemetry's no-op: nothing to keep.
    if (span.isRecording()) request[SPAN] = span;
    done();
  });
  fastify.addHook('preHandler', (request: Traced, _reply, done) => {
    const span = request[SPAN];
    if (!span) return done();
    context.with(trace.setSpan(context.active(), span), done);
  });
  fastify.addHook('onResponse', (request: Traced, reply, done) => {
    const span = request[SPAN];
    if (span) {
      const route = request.routeOptions.url;
      if (route) span.updateName(`${request.method} ${route}`).setAttribute('http.route', route);
      span.setAttribute('http.response.status_code', reply.statusCode);
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
    done();
  });
}
