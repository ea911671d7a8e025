import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandContext, type CommandResult } from '@beslutskedjan/platform';
import { swedishDateOf, PoliciesInForce } from '@beslutskedjan/policy';
import { DomainRuleError } from '@beslutskedjan/shared';
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
