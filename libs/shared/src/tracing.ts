import { context, trace, SpanStatusCode, type Attributes, type Context } from '@opentelemetry/api';

/**
 * Spans of the write path (HTTP → command → append → projection). Without a registered tracer
 * provider (the default: OTEL_* unset) every call here is OpenTelemetry's no-op, a few
 * allocations per command; libs/platform/src/observability/tracing.ts switches it on.
 */
const tracer = () => trace.getTracer('beslutskedjan');

/**
 * Runs `work` in a child span of the active one; an error marks the span. The caller gets
 * `work`'s own promise, not a wrapper: its timing (microtask turns) is the same with tracing on
 * or off, and off (a non-recording span) nothing else happens at all.
 */
export function traced<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  const span = tracer().startSpan(name, { attributes });
  if (!span.isRecording()) return work();
  const promise = context.with(trace.setSpan(context.active(), span), work);
  promise.then(
    () => span.end(),
    (error: unknown) => {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  );
  return promise;
}

/**
 * Projections apply events later, from the store's feed, outside the request's async context.
 * The append remembers its span context by event id, so the batch that applies those events in
 * this process continues the request's trace. Bounded: only the newest writes are kept.
 */
const writeContexts = new Map<string, Context>();
const KEPT_WRITES = 10_000;

export function rememberWrite(eventIds: readonly string[]): void {
  const active = context.active();
  if (!trace.getSpan(active)?.isRecording()) return;
  for (const id of eventIds) writeContexts.set(id, active);
  while (writeContexts.size > KEPT_WRITES) writeContexts.delete(writeContexts.keys().next().value as string);
}

/** A synchronous span under the context of the first write among `eventIds`, or none when no write was traced. */
export function tracedApply<T>(name: string, eventIds: readonly string[], attributes: Attributes, work: () => T): T {
  let parent: Context | undefined;
  for (const id of eventIds) {
    parent ??= writeContexts.get(id);
    writeContexts.delete(id);
  }
  if (!parent) return work();
  return tracer().startActiveSpan(name, { attributes }, parent, (span) => {
    try {
      return work();
    } finally {
      span.end();
    }
  });
}
