import type { Command } from '../../../../shared/src/decider.js';
import { DomainRuleError, InvalidInputError, type FieldProblem } from '../../../../shared/src/errors.js';
import type { ApprovalTerms, PolicyVersionRef } from '../../../../application/src/application.types.js';
import { isIsoDate } from '../../../../policy/src/dates.js';
import { chairOf } from '../../composition/composition-on.js';
import { requireDeliberation, requireOpenMeeting } from '../meeting.guards.js';
import type { OutcomeRecorded } from '../meeting.events.js';
import type { AgendaItem, MeetingState, Outcome } from '../meeting.state.js';
import { isQuorate, quorumOf } from '../quorum.js';
import { approvalCarried, rejectionCarried, tally } from '../tally.js';

export type RecordOutcome = Command<
  'RecordOutcome',
  {
    meetingId: string;
    itemNo: number;
    outcome: Outcome;
    /** Terms the board set instead of the recommendation's; approvals only. */
    amendedTerms?: ApprovalTerms;
    motivation?: string;
    /** The policy version in force on the meeting date, looked up by the handler. */
    policy: PolicyVersionRef | null;
  }
>;

/** The chair records the board's decision: approval (bifall), rejection (avslag), återremiss or bordläggning. */
export function recordOutcome(command: RecordOutcome, state: MeetingState): OutcomeRecorded[] {
  const { meetingId, itemNo, outcome, amendedTerms, policy } = command.data;
  const motivation = command.data.motivation?.trim() || null;
  if (amendedTerms !== undefined) assertValidTerms(amendedTerms, outcome);
  const actor = command.metadata.actor.userId;
  const meeting = requireOpenMeeting(state);
  const item = requireDeliberation(meeting, itemNo);
  if (chairOf(meeting.board)?.personId !== actor) {
    throw new DomainRuleError('NOT_CHAIR', 'Only the chair records the outcome', { personId: actor });
  }
  if (actor === item.case.preparedBy) {
    throw new DomainRuleError('PREPARER_CANNOT_DECIDE', 'The person who prepared the case cannot decide it', { personId: actor });
  }
  const quorum = quorumOf({
    board: meeting.board,
    present: meeting.present,
    recused: item.recusals.map((r) => r.personId),
    votes: item.votes,
    preparedBy: item.case.preparedBy,
  });
  if (!isQuorate(quorum)) throw new DomainRuleError('NO_QUORUM', 'Not enough members take part in the item', { ...quorum });
  const counted = tally(item.votes);
  if (outcome === 'approved' && !approvalCarried(counted)) {
    throw new DomainRuleError('NO_MAJORITY', 'Approval needs more votes for than against', { ...counted });
  }
  if (outcome === 'rejected' && !rejectionCarried(counted)) {
    throw new DomainRuleError('OUTCOME_CONTRADICTS_VOTE', 'The majority voted to approve', { ...counted });
  }
  return [
    {
      type: 'OutcomeRecorded',
      data: {
        meetingId,
        itemNo,
        outcome,
        terms: outcome === 'approved' ? approvedTerms(item, amendedTerms) : null,
        amended: amendedTerms !== undefined,
        motivation,
        tally: counted,
        votes: item.votes,
        recusals: item.recusals,
        quorum,
        board: meeting.board,
        policy,
        recordedBy: actor,
      },
    },
  ];
}

function approvedTerms(item: AgendaItem, amendedTerms: ApprovalTerms | undefined): ApprovalTerms {
  const terms = amendedTerms ?? (item.case.recommendation === 'approve' ? item.case.terms : null);
  if (terms === null) {
    throw new DomainRuleError('TERMS_REQUIRED', 'Approving against a recommendation to reject needs terms', {
      itemNo: item.itemNo,
    });
  }
  return terms;
}

function assertValidTerms(terms: ApprovalTerms, outcome: Outcome): void {
  const problems: FieldProblem[] = [
    ...(outcome === 'approved' ? [] : [{ field: 'amendedTerms', message: 'only an approval has terms' }]),
    ...(Number.isFinite(terms.amountSek) && terms.amountSek > 0
      ? []
      : [{ field: 'amendedTerms.amountSek', message: 'must be a positive amount' }]),
    ...(isIsoDate(terms.period.from) && isIsoDate(terms.period.to) && terms.period.from <= terms.period.to
      ? []
      : [{ field: 'amendedTerms.period', message: 'must be two dates YYYY-MM-DD, from not after to' }]),
  ];
  if (problems.length > 0) throw new InvalidInputError(problems);
}
