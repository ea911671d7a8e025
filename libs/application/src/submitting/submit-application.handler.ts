import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, type CommandResult, CommandExecutor, CommandEnvelope } from '@beslutskedjan/platform';
import { swedishDateOf, PoliciesInForce } from '@beslutskedjan/policy';
import { Registers } from '@beslutskedjan/registers';
import { applicationDecider } from '../application.decider.js';
import { applicationStreamId, CASE_REGISTER_EVENT_SCHEMA_VERSIONS, caseRegisterStreamId } from '../application.events.js';
import type { ApplicationBody } from '../application.schemas.js';
import { caseNumberOf, caseRegisterDecider, formatCaseNumber } from '../case-register/assign-case-number.js';
import { executeApplicationCommand } from '../http/application-command.js';
import { resolveParties } from '../parties/resolve-parties.js';
import { submitApplication, type SubmitApplication } from './submit-application.command.js';

export class SubmitApplicationRequested {
  constructor(
    readonly applicationId: string,
    readonly body: ApplicationBody,
    readonly context: CommandContext,
  ) {}
}

class SubmitEnvelope extends CommandEnvelope<SubmitApplication> {}

export interface SubmitResult extends CommandResult {
  applicationId: string;
  caseNumber: string;
}

/**
 * Two writes: the year's diarium hands out the next case number, then the application is
 * registered under it. The submission is decided in full before a number is taken, so a refused
 * one (400, 422) never takes a number; should the second write still fail, the number is voided
 * (makulerat) with the reason instead of being left as a gap.
 */
@CommandHandler(SubmitApplicationRequested)
export class SubmitApplicationHandler implements ICommandHandler<SubmitApplicationRequested, SubmitResult> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly policies: PoliciesInForce,
    private readonly registers: Registers,
  ) {}

  async execute({ applicationId, body, context }: SubmitApplicationRequested): Promise<SubmitResult> {
    const today = swedishDateOf(context.now) ?? context.now.slice(0, 10);
    const year = Number(today.slice(0, 4));
    const [policiesInForce, members, providers] = await Promise.all([
      this.policies.on(context.tenant, today),
      this.registers.members(context.tenant),
      this.registers.providers(context.tenant),
    ]);
    const content = resolveParties(body, { members, providers });
    const envelope = (caseNumber: string) => new SubmitEnvelope({ applicationId, caseNumber, content, policiesInForce }, context);
    // Decided once against an empty stream with a stand-in number: throws exactly what the real decision would.
    submitApplication(envelope(formatCaseNumber(year, 1)).toCommand('SubmitApplication'), applicationDecider.initialState());

    const register = caseRegisterStreamId(context.tenant, year);
    // The register has its own key: the same Idempotency-Key must not address two streams' events.
    const registerContext = {
      ...context,
      expectedRevision: undefined,
      idempotencyKey: context.idempotencyKey && `${context.idempotencyKey}:register`,
    };
    await this.executor.execute({
      streamId: register,
      decider: caseRegisterDecider,
      command: {
        type: 'AssignCaseNumber',
        data: { applicationId, year },
        metadata: { now: context.now, actor: context.actor, tenant: context.tenant },
      },
      context: registerContext,
      schemaVersions: CASE_REGISTER_EVENT_SCHEMA_VERSIONS,
    });
    const caseNumber = caseNumberOf((await this.executor.load(register, caseRegisterDecider)).state, applicationId);
    if (!caseNumber) throw new Error(`No case number was registered for ${applicationId}`);
    try {
      const result = await executeApplicationCommand(this.executor, envelope(caseNumber), 'SubmitApplication');
      return { ...result, applicationId, caseNumber };
    } catch (error) {
      await this.voidIfUnused(register, caseNumber, applicationId, error, registerContext);
      throw error;
    }
  }

  private async voidIfUnused(
    register: string,
    caseNumber: string,
    applicationId: string,
    error: unknown,
    context: CommandContext,
  ): Promise<void> {
    const { state } = await this.executor.load(applicationStreamId(context.tenant, applicationId), applicationDecider);
    if (state.status !== 'none' && state.caseNumber === caseNumber) return;
    const why = error instanceof Error ? error.message : String(error);
    await this.executor.execute({
      streamId: register,
      decider: caseRegisterDecider,
      command: {
        type: 'VoidCaseNumber',
        data: { caseNumber, reason: `Numret togs men ansökan kunde inte registreras (${why.slice(0, 300)}).` },
        metadata: { now: context.now, actor: context.actor, tenant: context.tenant },
      },
      context: { ...context, idempotencyKey: context.idempotencyKey && `${context.idempotencyKey}:void` },
      schemaVersions: CASE_REGISTER_EVENT_SCHEMA_VERSIONS,
    });
  }
}
