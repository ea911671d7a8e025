import { assertNever, type Decider } from '@beslutskedjan/shared';
import { appointBoardMember, type AppointBoardMember } from './appointing-member/appoint-board-member.command.js';
import type { BoardEvent } from './board.events.js';
import { evolveBoard, initialBoardState, type BoardState } from './board.state.js';
import { endBoardMembership, type EndBoardMembership } from './ending-membership/end-board-membership.command.js';

export type BoardCommand = AppointBoardMember | EndBoardMembership;

export function decideBoard(command: BoardCommand, state: BoardState): BoardEvent[] {
  switch (command.type) {
    case 'AppointBoardMember':
      return appointBoardMember(command, state);
    case 'EndBoardMembership':
      return endBoardMembership(command, state);
    default:
      return assertNever(command);
  }
}

export const boardDecider: Decider<BoardCommand, BoardEvent, BoardState> = {
  decide: decideBoard,
  evolve: evolveBoard,
  initialState: initialBoardState,
};
