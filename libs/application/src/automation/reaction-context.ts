import type { StoredEvent } from '@beslutskedjan/event-store';
import type { CommandContext } from '@beslutskedjan/platform';

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
