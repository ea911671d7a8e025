import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope } from '../../../platform/src/commands/command-envelope.js';
import { CommandExecutor, type CommandContext, type CommandResult } from '../../../platform/src/commands/command-executor.js';
import { swedishDateOf } from '../../../policy/src/dates.js';
import { PoliciesInForce } from '../../../policy/src/read/policies-in-force.service.js';
import { DomainRuleError } from '../../../shared/src/errors.js';
import { executeApplicationCommand } from '../http/application-command.js';
import type { DecideUnderDelegation } from './decide-under-delegation.command.js';

export class DecideUnderDelegationRequested {
  constructor(
    readonly data: Omit<DecideUnderDelegation['data'], 'policy'>,
    readonly context: CommandContext,
  ) {}
}

class DecideEnvelope extends CommandEnvelope<DecideUnderDelegation> {}

/** The delegation threshold is the one of the policy version in force on the day of the decision. */
@CommandHandler(DecideUnderDelegationRequested)
export class DecideUnderDelegationHandler implements ICommandHandler<DecideUnderDelegationRequested, CommandResult> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly policies: PoliciesInForce,
  ) {}

  async execute({ data, context }: DecideUnderDelegationRequested): Promise<CommandResult> {
    const policy = await this.policies.delegation(context.tenant, swedishDateOf(context.now) ?? context.now.slice(0, 10));
    if (!policy) throw new DomainRuleError('NO_POLICY_IN_FORCE', 'No policy is in force today, so nothing can be decided under delegation');
    return executeApplicationCommand(this.executor, new DecideEnvelope({ ...data, policy }, context), 'DecideUnderDelegation');
  }
}
