import type { Actor } from '@beslutskedjan/event-store';
import type { CaseStatements } from './cases.statements.js';

/** What every handler of the cases projection needs to know about the event being applied. */
export interface Context {
  s: CaseStatements;
  tenant: string;
  at: string;
  position: bigint;
  streamRevision: number;
  actor: Actor;
}

/** One line of a case's history; also stamps `updated_at`. */
export function record(ctx: Context, applicationId: string, type: string, summary: Record<string, unknown>): void {
  const key = { tenant: ctx.tenant, applicationId };
  // No case row, no history: a meeting item can name an application this read model never saw.
  if (ctx.s.touch.run({ ...key, at: ctx.at }).changes === 0) return;
  ctx.s.insertHistory.run({
    ...key,
    position: ctx.position,
    type,
    at: ctx.at,
    userId: ctx.actor.userId,
    role: ctx.actor.role,
    summaryJson: JSON.stringify(summary),
  });
}
