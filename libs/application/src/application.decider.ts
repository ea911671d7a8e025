import { assertNever, type Decider } from '@beslutskedjan/shared';
import type { ApplicationEvent } from './application.events.js';
import { evolveApplication, initialApplicationState, type ApplicationState } from './application.state.js';
import { applyBoardDecision, type ApplyBoardDecision } from './applying-board-decision/apply-board-decision.command.js';
import { decideUnderDelegation, type DecideUnderDelegation } from './deciding-under-delegation/decide-under-delegation.command.js';
import { recommend, type Recommend } from './recommending/recommend.command.js';
import { requestSupplement, type RequestSupplement } from './requesting-supplement/request-supplement.command.js';
import { reviseApplication, type ReviseApplication } from './revising/revise-application.command.js';
import { submitApplication, type SubmitApplication } from './submitting/submit-application.command.js';
import { takeCase, type TakeCase } from './taking-case/take-case.command.js';
import { withdrawApplication, type WithdrawApplication } from './withdrawing/withdraw-application.command.js';

export type ApplicationCommand =
  | SubmitApplication
  | ReviseApplication
  | WithdrawApplication
  | TakeCase
  | RequestSupplement
  | Recommend
  | DecideUnderDelegation
  | ApplyBoardDecision;

export function decideApplication(command: ApplicationCommand, state: ApplicationState): ApplicationEvent[] {
  switch (command.type) {
    case 'SubmitApplication':
      return submitApplication(command, state);
    case 'ReviseApplication':
      return reviseApplication(command, state);
    case 'WithdrawApplication':
      return withdrawApplication(command, state);
    case 'TakeCase':
      return takeCase(command, state);
    case 'RequestSupplement':
      return requestSupplement(command, state);
    case 'Recommend':
      return recommend(command, state);
    case 'DecideUnderDelegation':
      return decideUnderDelegation(command, state);
    case 'ApplyBoardDecision':
      return applyBoardDecision(command, state);
    default:
      return assertNever(command);
  }
}

export const applicationDecider: Decider<ApplicationCommand, ApplicationEvent, ApplicationState> = {
  decide: decideApplication,
  evolve: evolveApplication,
  initialState: initialApplicationState,
};
