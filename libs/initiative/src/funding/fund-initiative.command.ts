import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import type { InitiativeFunded } from '../initiative.events.js';
import type { InitiativeState } from '../initiative.state.js';

/** Issued by reactions only: an approval stood (attested minutes or a delegated decision). */
export type FundInitiative = Command<'FundInitiative', InitiativeFunded['data']>;

/** Idempotent: a reaction delivered twice funds once; a different second funding is a contradiction. */
export function fundInitiative(command: FundInitiative, state: InitiativeState): InitiativeFunded[] {
  if (state.status !== 'none') {
    if (state.funding.applicationId === command.data.applicationId && sameDecision(state.funding.decidedBy, command.data.decidedBy))
      return [];
    throw new DomainRuleError('INITIATIVE_ALREADY_FUNDED', `Initiative ${command.data.initiativeId} is already funded`);
  }
  if (command.data.terms.amountSek <= 0) throw new DomainRuleError('AMOUNT_INVALID', 'A funded initiative needs a positive amount');
  return [{ type: 'InitiativeFunded', data: command.data }];
}

const sameDecision = (a: InitiativeFunded['data']['decidedBy'], b: InitiativeFunded['data']['decidedBy']) =>
  JSON.stringify(a) === JSON.stringify(b);
