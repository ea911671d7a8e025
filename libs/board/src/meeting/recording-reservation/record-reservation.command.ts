import { type Command, DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import { isIsoDate } from '@beslutskedjan/policy';
import { todayOf } from '../../today.js';
import { meetingNotFound, requireItem } from '../meeting.guards.js';
import type { ReservationRecorded } from '../meeting.events.js';
import type { AgendaItem, HeldMeeting, MeetingState } from '../meeting.state.js';

/** The reserving member is the actor. The meeting sets by when a written motivation must be in. */
export type RecordReservation = Command<
  'RecordReservation',
  { meetingId: string; itemNo: number; motivation?: string | null; motivationDueOn: string }
>;

/**
 * A member who took part in the decision and lost may reserve against it, before the meeting
 * closes; the written motivation may follow until the deadline the meeting set, and before attestation.
 */
export function recordReservation(command: RecordReservation, state: MeetingState): ReservationRecorded[] {
  const { meetingId, itemNo, motivationDueOn } = command.data;
  const motivation = command.data.motivation?.trim() || null;
  if (!isIsoDate(motivationDueOn)) throw new InvalidInputError([{ field: 'motivationDueOn', message: 'must be a date YYYY-MM-DD' }]);
  const personId = command.metadata.actor.userId;
  if (state.status === 'none') throw meetingNotFound();
  if (state.status === 'scheduled') throw new DomainRuleError('MEETING_NOT_OPEN', 'The meeting has not been opened', { meetingId });
  const item = requireItem(state as HeldMeeting, itemNo);
  const today = todayOf(command.metadata);
  const earlier = item.reservations.find((r) => r.personId === personId);
  if (earlier !== undefined) return [motivate(state, item, earlier, motivation, today)];
  if (state.status !== 'opened') {
    throw new DomainRuleError('MEETING_CLOSED', 'A reservation is entered before the meeting closes', { meetingId });
  }
  requireLost(item, personId);
  return [
    {
      type: 'ReservationRecorded',
      data: { meetingId, itemNo, personId, motivation, motivationDueOn, recordedAt: command.metadata.now },
    },
  ];
}

function motivate(
  state: HeldMeeting,
  item: AgendaItem,
  earlier: ReservationRecorded['data'] | Omit<ReservationRecorded['data'], 'meetingId' | 'itemNo'>,
  motivation: string | null,
  today: string,
): ReservationRecorded {
  if (motivation === null) {
    throw new DomainRuleError('ALREADY_RESERVED', `${earlier.personId} has already reserved against item ${item.itemNo}`, {
      itemNo: item.itemNo,
    });
  }
  if (earlier.motivation !== null)
    throw new DomainRuleError('ALREADY_MOTIVATED', 'The reservation already has its written motivation', { itemNo: item.itemNo });
  if (state.status === 'attested' || today > earlier.motivationDueOn) {
    throw new DomainRuleError('MOTIVATION_TOO_LATE', `The written motivation was due by ${earlier.motivationDueOn}, before attestation`, {
      motivationDueOn: earlier.motivationDueOn,
    });
  }
  return {
    type: 'ReservationRecorded',
    data: { ...earlier, meetingId: state.meetingId, itemNo: item.itemNo, motivation },
  };
}

/** Took part and lost: voted on the losing side of a votering, or moved a motion the board did not adopt. */
function requireLost(item: AgendaItem, personId: string): void {
  const outcome = item.outcome;
  if (outcome === null)
    throw new DomainRuleError('OUTCOME_MISSING', `Item ${item.itemNo} has no decision to reserve against`, { itemNo: item.itemNo });
  const took = outcome.serving.some((s) => s.personId === personId);
  const vote = outcome.votes.find((v) => v.personId === personId)?.vote;
  const lostVote =
    outcome.method === 'votering' && (vote === 'yes' || vote === 'no') && vote !== wonSide(outcome.tally, outcome.castingVote);
  const lostMotion = item.motions.some((m) => m.personId === personId && m.motionNo !== outcome.motionNo);
  if (!took || !(lostVote || (outcome.method === 'acclamation' && lostMotion))) {
    throw new DomainRuleError('NOT_ENTITLED_TO_RESERVE', 'Only a member who took part in the decision and lost may reserve against it', {
      personId,
      itemNo: item.itemNo,
    });
  }
}

const wonSide = (t: { yes: number; no: number }, casting: 'yes' | 'no' | null): 'yes' | 'no' | null =>
  t.yes > t.no ? 'yes' : t.no > t.yes ? 'no' : casting;
