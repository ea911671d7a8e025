import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { draftBody } from '../../bench/support/fixtures.js';
import { startTracing, tracingExporterFromEnv, type Tracing } from '@beslutskedjan/platform';
import { startTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(30_000);

describe('tracing: off by default, on through OTEL_*; one trace from HTTP to the projection', () => {
  it('stays off without OTEL_* variables, and follows them when set', () => {
    expect(tracingExporterFromEnv({})).toBeNull();
    expect(tracingExporterFromEnv({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBeNull();
    expect(tracingExporterFromEnv({ OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp' })).toBeNull();
    expect(tracingExporterFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })?.constructor.name).toBe('OTLPTraceExporter');
    expect(tracingExporterFromEnv({ OTEL_TRACES_EXPORTER: 'console' })?.constructor.name).toBe('ConsoleSpanExporter');
  });

  describe('with a tracer provider exporting in-process', () => {
    const exporter = new InMemorySpanExporter();
    let tracing: Tracing | null;
    let t: TestApp;
    beforeAll(async () => {
      tracing = startTracing('beslutskedjan-test', exporter, { simple: true });
      t = await startTestApp({ env: { SEED_DEMO: 'false' } });
    });
    afterAll(async () => {
      await t.close();
      await tracing?.shutdown();
    });

    it('spans HTTP → command → append → projection in one trace, continuing the caller’s traceparent', async () => {
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      const director = await t.token(['director']);
      exporter.reset();
      await t.http
        .post('/api/policies/traced/revisions')
        .auth(director, { type: 'bearer' })
        .set('traceparent', `00-${traceId}-00f067aa0ba902b7-01`)
        .send(draftBody())
        .expect(201);
      await t.settle();

      const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
      const named = (prefix: string) => spans.find((s) => s.name.startsWith(prefix));
      const parentOf = (s: ReadableSpan | undefined) => s?.parentSpanContext?.spanId;
      const http = named('POST /api/policies/:policyId/revisions');
      const command = named('command DraftPolicyRevision');
      const append = named('event-store append');
      const projection = named('projection batch');
      expect([http, command, append, projection].every(Boolean)).toBe(true);
      expect(parentOf(http)).toBe('00f067aa0ba902b7');
      expect(http?.attributes['http.response.status_code']).toBe(201);
      expect(parentOf(command)).toBe(http?.spanContext().spanId);
      expect(parentOf(append)).toBe(command?.spanContext().spanId);
      expect(parentOf(projection)).toBe(append?.spanContext().spanId);
    });
  });
});
