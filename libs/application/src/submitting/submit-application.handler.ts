import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../../platform/src/commands/command-executor.js';
import { CommandExecutor } from '../../../platform/src/commands/command-executor.js';
import { swedishDateOf } from '../../../policy/src/dates.js';
import { PoliciesInForce } from '../../../policy/src/read/policies-in-force.service.js';
import { CASE_REGISTER_EVENT_SCHEMA_VERSIONS, caseRegisterStreamId } from '../application.events.js';
import type { ApplicationContent } from '../application.types.js';
import { caseNumberOf, caseRegisterDecider } from '../case-register/assign-case-number.js';
import { executeApplicationCommand } from '../http/application-command.js';
import { CommandEnvelope } from '../../../platform/src/commands/command-envelope.js';
import type { SubmitApplication } from './submit-application.command.js';

export class SubmitApplicationRequested {
  constructor(
    readonly applicationId: string,
    readonly content: ApplicationContent,
    readonly context: CommandContext,
  ) {}
}

class SubmitEnvelope extends CommandEnvelope<SubmitApplication> {}

export interface SubmitResult extends CommandResult {
  applicationId: string;
  caseNumber: string;
}

/**
 * Registers the case in the year's diarium first (gapless case numbers), then submits and
 * screens against the policy versions in force on the Swedish day of `now`.
 */
@CommandHandler(SubmitApplicationRequested)
export class SubmitApplicationHandler implements ICommandHandler<SubmitApplicationRequested, SubmitResult> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly policies: PoliciesInForce,
  ) {}

  async execute({ applicationId, content, context }: SubmitApplicationRequested): Promise<SubmitResult> {
    const today = swedishDateOf(context.now) ?? context.now.slice(0, 10);
    const year = Number(today.slice(0, 4));
    const register = caseRegisterStreamId(context.tenant, year);
    // The register has its own key: the same Idempotency-Key must not address two streams' events.
    const registerContext = { ...context, expectedRevision: undefined, idempotencyKey: context.idempotencyKey && `${context.idempotencyKey}:register` };
    await this.executor.execute({
      streamId: register,
      decider: caseRegisterDecider,
      command: { type: 'AssignCaseNumber', data: { applicationId, year }, metadata: { now: context.now, actor: context.actor, tenant: context.tenant } },
      context: registerContext,
      schemaVersions: CASE_REGISTER_EVENT_SCHEMA_VERSIONS,
    });
    const caseNumber = caseNumberOf((await this.executor.load(register, caseRegisterDecider)).state, applicationId);
    if (!caseNumber) throw new Error(`No case number was registered for ${applicationId}`);
    const policiesInForce = await this.policies.on(context.tenant, today);
    const result = await executeApplicationCommand(
      this.executor,
      new SubmitEnvelope({ applicationId, caseNumber, content, policiesInForce }, context),
      'SubmitApplication',
    );
    return { ...result, applicationId, caseNumber };
  }
}
