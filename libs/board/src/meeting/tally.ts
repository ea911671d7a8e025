import type { Tally } from './meeting.events.js';
import type { VoteChoice } from './meeting.state.js';

export function tally(votes: ReadonlyArray<{ vote: VoteChoice }>): Tally {
  const count = (choice: VoteChoice) => votes.filter((v) => v.vote === choice).length;
  return { approve: count('approve'), reject: count('reject'), abstain: count('abstain') };
}

/** Simple majority of the votes cast for approval; abstentions count for neither side. */
export const approvalCarried = (t: Tally): boolean => t.approve > t.reject;

/** A rejection stands unless more voted to approve; a tie does not approve. */
export const rejectionCarried = (t: Tally): boolean => t.reject >= t.approve;
