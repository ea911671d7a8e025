import type { StoredEvent } from '../../../event-store/src/event.js';
import type { CommandContext } from '../../../platform/src/commands/command-executor.js';

/**
 * A reaction acts as the system, at the time of the fact it reacts to (never the wall clock),
 * and keys its commands by that fact, so a redelivered event cannot act twice.
 */
export function reactionContext(reaction: string, cause: StoredEvent, step: string): CommandContext {
  return {
    tenant: cause.metadata.tenant,
    actor: { userId: 'system', role: 'system' },
    now: cause.metadata.occurredAt,
    correlationId: cause.metadata.correlationId,
    causationId: cause.eventId,
    idempotencyKey: `${reaction}:${cause.eventId}:${step}`,
  };
}

export const commandMetadata = (context: CommandContext) => ({ now: context.now, actor: context.actor, tenant: context.tenant });
