import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { PoliciesInForce } from '@beslutskedjan/policy';
import { providerRegisterDecider } from '../registers.deciders.js';
import { PROVIDER_REGISTER_EVENT_SCHEMA_VERSIONS, providerRegisterStreamId } from '../registers.events.js';
import type { AssessProviderCriteria } from './assess-provider-criteria.command.js';

export class AssessProviderCriteriaEnvelope extends CommandEnvelope<
  Omit<AssessProviderCriteria, 'data'> & { data: Omit<AssessProviderCriteria['data'], 'policies'> }
> {}

/** The assessment is recorded with the policy versions in force on the day the facts were checked. */
@CommandHandler(AssessProviderCriteriaEnvelope)
export class AssessProviderCriteriaHandler implements ICommandHandler<AssessProviderCriteriaEnvelope, CommandResult> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly policies: PoliciesInForce,
  ) {}

  async execute({ data, context }: AssessProviderCriteriaEnvelope): Promise<CommandResult> {
    const policies = (await this.policies.on(context.tenant, data.assessedOn)).map((p) => ({ ...p.ref }));
    const command: AssessProviderCriteria = {
      type: 'AssessProviderCriteria',
      data: { ...data, policies },
      metadata: { now: context.now, actor: context.actor, tenant: context.tenant },
    };
    return this.executor.execute({
      streamId: providerRegisterStreamId(context.tenant),
      decider: providerRegisterDecider,
      command,
      context,
      schemaVersions: PROVIDER_REGISTER_EVENT_SCHEMA_VERSIONS,
    });
  }
}
