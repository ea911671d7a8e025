import type { Tally } from './meeting.events.js';
import type { VoteChoice } from './meeting.state.js';

export function tally(votes: ReadonlyArray<{ vote: VoteChoice }>): Tally {
  const count = (choice: VoteChoice) => votes.filter((v) => v.vote === choice).length;
  return { yes: count('yes'), no: count('no'), abstain: count('abstain') };
}

/**
 * The side that carried a votering: more than half of the votes cast decides; abstentions are not
 * votes cast; a tie is decided by the presiding member's casting vote (utslagsröst).
 */
export function carriedSide(t: Tally, castingVote: 'yes' | 'no' | null): 'yes' | 'no' | 'tie' {
  if (t.yes > t.no) return 'yes';
  if (t.no > t.yes) return 'no';
  return castingVote ?? 'tie';
}
