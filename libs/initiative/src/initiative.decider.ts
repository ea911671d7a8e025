import { type Decider, assertNever } from '@beslutskedjan/shared';
import { closeInitiative, type CloseInitiative } from './closing/close-initiative.command.js';
import { fundInitiative, type FundInitiative } from './funding/fund-initiative.command.js';
import type { InitiativeEvent } from './initiative.events.js';
import { evolveInitiative, initialInitiativeState, type InitiativeState } from './initiative.state.js';
import { rescheduleFollowUp, type RescheduleFollowUp } from './rescheduling/reschedule-follow-up.command.js';
import { reviewFollowUpReport, type ReviewFollowUpReport } from './reviewing-report/review-follow-up-report.command.js';
import { submitFollowUpReport, type SubmitFollowUpReport } from './submitting-report/submit-follow-up-report.command.js';
import { waiveFollowUp, type WaiveFollowUp } from './waiving/waive-follow-up.command.js';

export type InitiativeCommand =
  FundInitiative | RescheduleFollowUp | WaiveFollowUp | SubmitFollowUpReport | ReviewFollowUpReport | CloseInitiative;

export function decideInitiative(command: InitiativeCommand, state: InitiativeState): InitiativeEvent[] {
  switch (command.type) {
    case 'FundInitiative':
      return fundInitiative(command, state);
    case 'RescheduleFollowUp':
      return rescheduleFollowUp(command, state);
    case 'WaiveFollowUp':
      return waiveFollowUp(command, state);
    case 'SubmitFollowUpReport':
      return submitFollowUpReport(command, state);
    case 'ReviewFollowUpReport':
      return reviewFollowUpReport(command, state);
    case 'CloseInitiative':
      return closeInitiative(command, state);
    default:
      return assertNever(command);
  }
}

export const initiativeDecider: Decider<InitiativeCommand, InitiativeEvent, InitiativeState> = {
  decide: decideInitiative,
  evolve: evolveInitiative,
  initialState: initialInitiativeState,
};
