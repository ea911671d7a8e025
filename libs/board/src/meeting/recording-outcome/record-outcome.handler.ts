import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandContext, type CommandResult } from '@beslutskedjan/platform';
import { PoliciesInForce } from '@beslutskedjan/policy';
import { NotFoundError } from '@beslutskedjan/shared';
import { applicationDecider, applicationStreamId } from '@beslutskedjan/application';
import { executeMeetingCommand } from '../../http/board-commands.js';
import { meetingDecider } from '../meeting.decider.js';
import { meetingStreamId } from '../meeting.events.js';
import type { RecordOutcome } from './record-outcome.command.js';

export class RecordOutcomeRequested {
  constructor(
    readonly data: Omit<RecordOutcome['data'], 'policy' | 'caseStatus'>,
    readonly context: CommandContext,
  ) {}
}

class OutcomeEnvelope extends CommandEnvelope<RecordOutcome> {}

/**
 * The decision records the policy version in force on the meeting's date, for the audit years later;
 * a case that could not take the decision (decided elsewhere, withdrawn) is refused here, before attestation.
 */
@CommandHandler(RecordOutcomeRequested)
export class RecordOutcomeHandler implements ICommandHandler<RecordOutcomeRequested, CommandResult> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly policies: PoliciesInForce,
  ) {}

  async execute({ data, context }: RecordOutcomeRequested): Promise<CommandResult> {
    const { state: meeting } = await this.executor.load(meetingStreamId(context.tenant, data.meetingId), meetingDecider);
    if (meeting.status === 'none') throw new NotFoundError('MEETING_NOT_FOUND', `No meeting ${data.meetingId} in this förbund`);
    const [policy] = await this.policies.on(context.tenant, meeting.date);
    const item = meeting.items.find((i) => i.itemNo === data.itemNo);
    const caseStatus =
      item === undefined
        ? 'unknown'
        : (await this.executor.load(applicationStreamId(context.tenant, item.case.applicationId), applicationDecider)).state.status;
    return executeMeetingCommand(
      this.executor,
      new OutcomeEnvelope({ ...data, policy: policy?.ref ?? null, caseStatus }, context),
      'RecordOutcome',
    );
  }
}
