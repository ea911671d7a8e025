import type { Decider } from '../../shared/src/decider.js';
import { assertNever } from '../../shared/src/decider.js';
import { fundInitiative, type FundInitiative } from './funding/fund-initiative.command.js';
import type { InitiativeEvent } from './initiative.events.js';
import { evolveInitiative, initialInitiativeState, type InitiativeState } from './initiative.state.js';

export type InitiativeCommand = FundInitiative;

export const initiativeDecider: Decider<InitiativeCommand, InitiativeEvent, InitiativeState> = {
  decide(command, state) {
    switch (command.type) {
      case 'FundInitiative':
        return fundInitiative(command, state);
      default:
        return assertNever(command.type);
    }
  },
  evolve: evolveInitiative,
  initialState: initialInitiativeState,
};
