import type { BoardPosition } from '../../../board/src/composition/board.events.js';

export const OUTCOME_TEXT = { approved: 'bifall', rejected: 'avslag', referred_back: 'återremiss', tabled: 'bordläggning' } as const;
export const VOTE_TEXT = { approve: 'bifall', reject: 'avslag', abstain: 'avstår' } as const;
export const POSITION_TEXT: Record<BoardPosition, string> = { chair: 'ordförande', member: 'ledamot', substitute: 'ersättare' };
