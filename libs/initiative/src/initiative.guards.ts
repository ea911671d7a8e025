import { type CommandMetadata, DomainRuleError, InvalidInputError, NotFoundError } from '@beslutskedjan/shared';
import { isIsoDate, swedishDateOf } from '@beslutskedjan/policy';
import type { ExistingInitiative, FollowUpRecord, InitiativeState } from './initiative.state.js';

/** Every follow-up command addresses an initiative that was funded. */
export function existing(state: InitiativeState, initiativeId: string): ExistingInitiative {
  if (state.status === 'none') throw new NotFoundError('INITIATIVE_NOT_FOUND', `No initiative ${initiativeId}`, { initiativeId });
  return state;
}

/** A funded initiative still being followed up; a closed one changes no more. */
export function active(state: InitiativeState, initiativeId: string): Extract<InitiativeState, { status: 'funded' }> {
  const initiative = existing(state, initiativeId);
  if (initiative.status === 'closed') {
    throw new DomainRuleError('INITIATIVE_CLOSED', `Initiative ${initiativeId} was closed on ${initiative.closure.closedOn}`, {
      initiativeId,
    });
  }
  return initiative;
}

/** Item n of the follow-up plan. */
export function planItem(initiative: ExistingInitiative, n: number): FollowUpRecord {
  const item = initiative.items.find((i) => i.n === n);
  if (item === undefined) {
    throw new NotFoundError('FOLLOW_UP_ITEM_NOT_FOUND', `The follow-up plan has no item ${n}`, {
      initiativeId: initiative.funding.initiativeId,
      n,
    });
  }
  return item;
}

/** Accepted and waived items are settled: nothing more is due for them. */
export function assertNotDone(item: FollowUpRecord, initiativeId: string): void {
  if (item.status === 'accepted' || item.status === 'waived') {
    throw new DomainRuleError('FOLLOW_UP_ITEM_DONE', `Follow-up item ${item.n} is already ${item.status}`, {
      initiativeId,
      n: item.n,
      itemStatus: item.status,
    });
  }
}

/** "Today": the Swedish calendar day of the command's `now`. */
export function swedishToday(metadata: CommandMetadata): string {
  const today = swedishDateOf(metadata.now);
  if (today === null) throw new InvalidInputError([{ field: 'metadata.now', message: 'must be an ISO timestamp' }]);
  return today;
}

export function requireText(value: string, code: string, what: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new DomainRuleError(code, `${what} must not be empty`);
  return trimmed;
}

/** A new due date is a real calendar date after today. */
export function futureDueDate(date: string, field: string, today: string): string {
  if (!isIsoDate(date)) throw new InvalidInputError([{ field, message: 'must be a date YYYY-MM-DD' }]);
  if (date <= today) throw new DomainRuleError('DUE_DATE_NOT_IN_FUTURE', `${date} is not after today (${today})`, { [field]: date, today });
  return date;
}
