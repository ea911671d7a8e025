import type { BoardPosition } from '@beslutskedjan/board';

export const OUTCOME_TEXT = { approved: 'bifall', rejected: 'avslag', referred_back: 'återremiss', tabled: 'bordläggning' } as const;
export const VOTE_TEXT = { yes: 'ja', no: 'nej', abstain: 'avstod' } as const;
export const POSITION_TEXT: Record<BoardPosition, string> = {
  chair: 'ordförande',
  vice_chair: 'vice ordförande',
  member: 'ledamot',
  substitute: 'ersättare',
};
export const MOTION_TEXT = {
  approve: 'bifall',
  approve_amended: 'bifall med ändrade villkor',
  reject: 'avslag',
  refer_back: 'återremiss',
  table: 'bordläggning',
} as const;
