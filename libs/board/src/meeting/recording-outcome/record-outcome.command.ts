import { type Command, DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import type { ApprovalTerms, PolicyVersionRef } from '@beslutskedjan/application';
import { requireDeliberation, requireOpenMeeting, requirePresiding } from '../meeting.guards.js';
import type { OutcomeRecorded } from '../meeting.events.js';
import type { AgendaItem, MeetingState, Outcome } from '../meeting.state.js';
import { isQuorate, quorumOf } from '../quorum.js';
import { servingOn } from '../seats.js';
import { carriedSide, tally } from '../tally.js';
import { termsProblems } from '../terms-check.js';
import { adoptedDecision, type Adopted } from './adopted-decision.js';

export type RecordOutcome = Command<
  'RecordOutcome',
  {
    meetingId: string;
    itemNo: number;
    /** Without a question put: the outcome the presiding member declares adopted by acclamation. With one: a check. */
    outcome?: Outcome;
    /** Without a question put: terms the board set instead of the recommendation's. */
    amendedTerms?: ApprovalTerms;
    motivation?: string;
    /** The presiding member's casting vote when a votering ties and they did not vote yes or no. */
    castingVote?: 'yes' | 'no';
    /** The policy version in force on the meeting date, looked up by the handler. */
    policy: PolicyVersionRef | null;
    /** The case's status as the handler found it: a decision the case cannot take is refused now, not after attestation. */
    caseStatus: string;
  }
>;

/** The presiding member declares the board's decision on the item. */
export function recordOutcome(command: RecordOutcome, state: MeetingState): OutcomeRecorded[] {
  const { meetingId, itemNo, policy } = command.data;
  const motivation = command.data.motivation?.trim() || null;
  if (command.data.amendedTerms !== undefined) {
    const problems = termsProblems(command.data.amendedTerms, 'amendedTerms');
    if (command.data.outcome !== 'approved') problems.push({ field: 'amendedTerms', message: 'only an approval has terms' });
    if (problems.length > 0) throw new InvalidInputError(problems);
  }
  const actor = command.metadata.actor.userId;
  const meeting = requireOpenMeeting(state);
  const item = requireDeliberation(meeting, itemNo);
  if (actor === item.case.preparedBy) {
    throw new DomainRuleError('PREPARER_CANNOT_DECIDE', 'The person who prepared the case cannot decide it', { personId: actor });
  }
  requirePresiding(meeting, item, actor);
  if (command.data.caseStatus !== 'recommended') {
    throw new DomainRuleError(
      'CASE_CANNOT_TAKE_DECISION',
      `Case ${item.case.caseNumber} is ${command.data.caseStatus}; it cannot take this decision`,
      {
        caseNumber: item.case.caseNumber,
        status: command.data.caseStatus,
      },
    );
  }
  const recused = item.recusals.map((r) => r.personId);
  const quorum = quorumOf({ board: meeting.board, present: meeting.present, recused, preparedBy: item.case.preparedBy });
  if (!isQuorate(quorum)) throw new DomainRuleError('NO_QUORUM', 'Not enough members take part in the item', { ...quorum });
  const serving = servingOn(meeting, item);
  const counted = tally(item.votes);
  const votering = item.voteringRequestedBy !== null;
  if (votering) {
    const missing = serving.filter((s) => !item.votes.some((v) => (v.replacing ?? v.personId) === s.seat)).map((s) => s.personId);
    if (missing.length > 0)
      throw new DomainRuleError('VOTES_MISSING', 'Every serving seat answers the votering by name', { personIds: missing });
  }
  const presidingVote = item.votes.find((v) => v.personId === actor)?.vote;
  const tied = votering && carriedSide(counted, null) === 'tie';
  const castingVote = tied
    ? presidingVote === 'yes' || presidingVote === 'no'
      ? presidingVote
      : (command.data.castingVote ?? null)
    : null;
  if (tied && castingVote === null) {
    throw new DomainRuleError('CASTING_VOTE_REQUIRED', 'The votering is tied; the presiding member gives the casting vote', { ...counted });
  }
  const adopted = decide(item, votering ? carriedSide(counted, castingVote) : 'yes', command.data);
  return [
    {
      type: 'OutcomeRecorded',
      data: {
        meetingId,
        itemNo,
        outcome: adopted.outcome,
        terms: adopted.terms,
        amended: adopted.amended,
        motivation,
        method: votering ? 'votering' : 'acclamation',
        presidingId: actor,
        motionNo: adopted.motionNo,
        castingVote,
        serving: serving.map((s) => ({ seat: s.seat, personId: s.personId })),
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

function decide(item: AgendaItem, side: 'yes' | 'no' | 'tie', data: RecordOutcome['data']): Adopted {
  if (item.question === null) {
    if (data.outcome === undefined) {
      throw new DomainRuleError('QUESTION_NOT_PUT', `Put the question on item ${item.itemNo}, or name the outcome adopted`, {
        itemNo: item.itemNo,
      });
    }
    return adoptedDecision(item, { kind: data.outcome, terms: data.amendedTerms ?? null }, null);
  }
  const adopted = side === 'no' ? item.question.againstMotionNo : item.question.motionNo;
  const result = adopted === null ? adoptedDecision(item, 'opposite-of', item.question.motionNo) : adoptedDecision(item, 'motion', adopted);
  if (data.outcome !== undefined && data.outcome !== result.outcome) {
    throw new DomainRuleError('OUTCOME_CONTRADICTS_QUESTION', `The question put on item ${item.itemNo} decided ${result.outcome}`, {
      outcome: result.outcome,
    });
  }
  return result;
}
