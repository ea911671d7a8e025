import { assertNever } from '../../shared/src/decider.js';
import type { InitiativeEvent, InitiativeFunded } from './initiative.events.js';

/** A funded initiative (insats). The follow-up plan and reports extend this state. */
export type InitiativeState = { status: 'none' } | { status: 'funded'; funding: InitiativeFunded['data'] };

export const initialInitiativeState = (): InitiativeState => ({ status: 'none' });

export function evolveInitiative(state: InitiativeState, event: InitiativeEvent): InitiativeState {
  switch (event.type) {
    case 'InitiativeFunded':
      return { status: 'funded', funding: event.data };
    case 'FollowUpRescheduled':
    case 'FollowUpWaived':
    case 'FollowUpReportSubmitted':
    case 'FollowUpReportReviewed':
    case 'InitiativeClosed':
      return state;
    default:
      return assertNever(event);
  }
}
