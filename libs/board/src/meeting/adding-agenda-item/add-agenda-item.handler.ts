import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import { ReadModels, CommandEnvelope, CommandExecutor, type CommandContext, type CommandResult } from '@beslutskedjan/platform';
import { openAgendasOf } from '../../read/notice-board.queries.js';
import { DomainRuleError, NotFoundError } from '@beslutskedjan/shared';
import { applicationDecider, applicationStreamId, type ApplicationState } from '@beslutskedjan/application';
import { executeMeetingCommand } from '../../http/board-commands.js';
import type { CaseSnapshot } from '../meeting.events.js';
import type { AddAgendaItem } from './add-agenda-item.command.js';

export class AddAgendaItemRequested {
  constructor(
    readonly meetingId: string,
    readonly applicationId: string,
    readonly kind: 'decision' | 'reported_delegated_decision',
    readonly context: CommandContext,
  ) {}
}

class AddEnvelope extends CommandEnvelope<AddAgendaItem> {}

/** Snapshots the case as the board will see it: a recommended case, or a delegated decision to report. */
export function caseSnapshot(state: ApplicationState, kind: AddAgendaItemRequested['kind']): CaseSnapshot {
  if (state.status === 'none') throw new NotFoundError('APPLICATION_NOT_FOUND', 'No such application in this förbund');
  const revision = state.revisions[state.revisions.length - 1]!;
  const base = { applicationId: state.applicationId, caseNumber: state.caseNumber, title: revision.content.title };
  if (kind === 'decision') {
    if (state.status !== 'recommended') {
      throw new DomainRuleError(
        'CASE_NOT_RECOMMENDED',
        `Case ${state.caseNumber} has no recommendation to decide on (status ${state.status})`,
      );
    }
    const r = state.recommendation;
    return { ...base, preparedBy: state.preparedBy, recommendation: r.recommendation, motivation: r.motivation, terms: r.terms };
  }
  if (state.status !== 'decided' || state.decision.by.kind !== 'delegation') {
    throw new DomainRuleError('NOT_A_DELEGATED_DECISION', `Case ${state.caseNumber} was not decided under delegation`);
  }
  const d = state.decision;
  return {
    ...base,
    preparedBy: state.preparedBy ?? (d.by.kind === 'delegation' ? d.by.userId : ''),
    recommendation: d.outcome === 'approved' ? 'approve' : 'reject',
    motivation: d.motivation ?? '',
    terms: d.terms,
  };
}

/**
 * A case stands on at most one open agenda: where a meeting has it undecided, or decided but not
 * yet attested, no other meeting may take it up; återremiss and bordläggning release it.
 */
@CommandHandler(AddAgendaItemRequested)
export class AddAgendaItemHandler implements ICommandHandler<AddAgendaItemRequested, CommandResult> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ meetingId, applicationId, kind, context }: AddAgendaItemRequested): Promise<CommandResult> {
    const { state } = await this.executor.load(applicationStreamId(context.tenant, applicationId), applicationDecider);
    if (kind === 'decision') {
      const db = await this.readModels.consistentWith(String(await this.store.headPosition()));
      const elsewhere = openAgendasOf(db, context.tenant, applicationId).find((a) => a.meetingId !== meetingId);
      if (elsewhere !== undefined) {
        throw new DomainRuleError(
          'CASE_ON_ANOTHER_AGENDA',
          `The case is item ${elsewhere.itemNo} of another meeting that has not finished with it`,
          {
            applicationId,
            meetingId: elsewhere.meetingId,
            itemNo: elsewhere.itemNo,
          },
        );
      }
    }
    return executeMeetingCommand(
      this.executor,
      new AddEnvelope({ meetingId, kind, case: caseSnapshot(state, kind) }, context),
      'AddAgendaItem',
    );
  }
}
