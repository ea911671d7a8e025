import type { Command, CommandMetadata } from '@beslutskedjan/shared';
import type { CommandContext } from './command-executor.js';

/**
 * What travels on the Nest CommandBus: the domain command's payload and the request's context.
 * Each slice subclasses it, because the bus finds a handler by the message's class.
 */
export abstract class CommandEnvelope<C extends Command> {
  constructor(
    readonly data: C['data'],
    readonly context: CommandContext,
  ) {}

  /** The pure command as the decider sees it: `now` and the actor come from the context. */
  toCommand(type: C['type']): C {
    const metadata: CommandMetadata = { now: this.context.now, actor: this.context.actor, tenant: this.context.tenant };
    return { type, data: this.data, metadata } as C;
  }
}
