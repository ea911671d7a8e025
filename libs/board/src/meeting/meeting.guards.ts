import { assertNever, DomainRuleError, NotFoundError } from '@beslutskedjan/shared';
import type { AgendaItem, MeetingState, OpenedMeeting } from './meeting.state.js';
import { presidingOn, servingOn, type ServingSeat } from './seats.js';

export const meetingNotFound = (): NotFoundError => new NotFoundError('MEETING_NOT_FOUND', 'No such board meeting');

/** The meeting is in session: opened and not yet closed. */
export function requireOpenMeeting(state: MeetingState): OpenedMeeting {
  switch (state.status) {
    case 'none':
      throw meetingNotFound();
    case 'scheduled':
      throw new DomainRuleError('MEETING_NOT_OPEN', 'The meeting has not been opened', { meetingId: state.meetingId });
    case 'closed':
    case 'attested':
      throw new DomainRuleError('MEETING_CLOSED', 'The meeting is closed', { meetingId: state.meetingId });
    case 'opened':
      return state;
    default:
      return assertNever(state);
  }
}

export function requireItem(meeting: { items: readonly AgendaItem[] }, itemNo: number): AgendaItem {
  const item = meeting.items.find((i) => i.itemNo === itemNo);
  if (item === undefined) throw new NotFoundError('ITEM_NOT_FOUND', `The agenda has no item ${itemNo}`, { itemNo });
  return item;
}

export function requireNotClosed(item: AgendaItem): void {
  if (item.status === 'closed') {
    throw new DomainRuleError('ITEM_ALREADY_CLOSED', `Item ${item.itemNo} is closed`, { itemNo: item.itemNo });
  }
}

export function requireDecisionItem(item: AgendaItem): void {
  if (item.kind !== 'decision') {
    throw new DomainRuleError('NOT_A_DECISION_ITEM', `Item ${item.itemNo} reports a delegated decision; the board only notes it`, {
      itemNo: item.itemNo,
    });
  }
}

export function requireNoOutcome(item: AgendaItem): void {
  if (item.outcome !== null) {
    throw new DomainRuleError('OUTCOME_ALREADY_RECORDED', `The outcome of item ${item.itemNo} is recorded`, {
      itemNo: item.itemNo,
    });
  }
}

export function requireItemOpen(item: AgendaItem): void {
  if (item.status !== 'open') {
    throw new DomainRuleError('ITEM_NOT_OPEN', `Item ${item.itemNo} has not been opened`, { itemNo: item.itemNo });
  }
}

/** A decision item under deliberation: open, a decision to take, no outcome yet. */
export function requireDeliberation(meeting: OpenedMeeting, itemNo: number): AgendaItem {
  const item = requireItem(meeting, itemNo);
  requireNotClosed(item);
  requireDecisionItem(item);
  requireItemOpen(item);
  requireNoOutcome(item);
  return item;
}

/** Only a person serving in a seat on the item (not jävig, not the preparer) takes part in deciding it. */
export function requireServing(meeting: OpenedMeeting, item: AgendaItem, personId: string): ServingSeat {
  const serving = servingOn(meeting, item).find((s) => s.personId === personId);
  if (serving === undefined) {
    if (item.recusals.some((r) => r.personId === personId)) {
      throw new DomainRuleError('RECUSED', `${personId} has declared a conflict of interest in item ${item.itemNo}`, {
        personId,
        itemNo: item.itemNo,
      });
    }
    throw new DomainRuleError('NOT_SERVING', `${personId} does not serve in a seat on item ${item.itemNo}`, {
      personId,
      itemNo: item.itemNo,
    });
  }
  return serving;
}

/** Only the presiding member (present and not jävig) puts the question and declares the outcome. */
export function requirePresiding(meeting: OpenedMeeting, item: AgendaItem, personId: string): void {
  const presiding = presidingOn(meeting, item);
  if (presiding !== personId) {
    throw new DomainRuleError('NOT_PRESIDING', `Item ${item.itemNo} is presided over by ${presiding ?? 'nobody yet'}`, {
      personId,
      presidingId: presiding,
      itemNo: item.itemNo,
    });
  }
}
