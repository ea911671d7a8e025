import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock, InvalidInputError, type Principal, type Role } from '@beslutskedjan/shared';
import type { CommandContext } from './command-executor.js';

/** A request's headers as every HTTP platform gives them to `@Headers()`; controllers need no framework type. */
export type RequestHeaders = Record<string, string | string[] | undefined>;
type Headers = RequestHeaders;

const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Correlation and causation ids enter the immutable log, where erasure cannot reach: only short opaque
 * tokens are taken (a UUID, a trace id, `svc:req-1`), never free text that could carry personal data.
 */
export const TRACE_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

function traceId(headers: Headers, name: string): string | undefined {
  const value = header(headers, name);
  if (value === undefined) return undefined;
  if (!TRACE_ID_PATTERN.test(value)) {
    const field = name === 'x-correlation-id' ? 'X-Correlation-Id' : 'X-Causation-Id';
    throw new InvalidInputError([{ field, message: 'must be 1–128 characters of A–Z, a–z, 0–9, ".", "_", ":" or "-"' }]);
  }
  return value;
}

/** Reads the request's metadata once: who acts in which role, when, and under which keys. */
@Injectable()
export class CommandContextFactory {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  create(headers: Headers, principal: Principal, actingAs: readonly Role[]): CommandContext {
    const role = principal.roles.find((r) => actingAs.includes(r)) ?? principal.roles[0] ?? 'applicant';
    return {
      tenant: principal.tenant,
      actor: { userId: principal.userId, role },
      now: this.clock.now().toISOString(),
      correlationId: traceId(headers, 'x-correlation-id') ?? randomUUID(),
      causationId: traceId(headers, 'x-causation-id') ?? null,
      idempotencyKey: header(headers, 'idempotency-key'),
      expectedRevision: parseIfMatch(header(headers, 'if-match')),
    };
  }
}

/** `If-Match: "3"` (the revision returned by the previous command) enables optimistic concurrency. */
function parseIfMatch(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(?:W\/)?"?(-?\d+)"?$/.exec(value.trim());
  if (!match?.[1]) throw new InvalidInputError([{ field: 'If-Match', message: 'must be a stream revision such as "3"' }]);
  return Number(match[1]);
}
