import { deciderSpec } from '../../../../shared/src/testing/decider-spec.js';
import {
  as,
  boardOf,
  CHAIR,
  FIVE,
  inSession,
  itemAdded,
  itemClosed,
  itemOpened,
  meetingClosed,
  MEETING_ID,
  opened,
  outcomeRecorded,
  recusal,
  scheduled,
  seat,
  voted,
} from '../../testing/board-fixtures.js';
import { meetingDecider } from '../meeting.decider.js';
import type { VoteChoice } from '../meeting.state.js';
import type { CastVote } from './cast-vote.command.js';

const spec = deciderSpec(meetingDecider);

const vote = (personId: string, choice: VoteChoice = 'approve', replacing?: string | null, itemNo = 1): CastVote => ({
  type: 'CastVote',
  data: { meetingId: MEETING_ID, itemNo, vote: choice, ...(replacing === undefined ? {} : { replacing }) },
  metadata: as(personId),
});

/** p-m4 is absent; their substitute p-s4 and p-s1 (for the present p-m1) attend. */
const withSubstitutes = [...inSession([CHAIR, 'p-m1', 'p-m2', 'p-m3', 'p-s4', 'p-s1']), itemOpened(1)];
const open = [...inSession(FIVE), itemOpened(1)];

describe('CastVote', () => {
  it('records a present member’s vote in their own seat', () => {
    spec
      .given(open)
      .when(vote('p-m2', 'reject'))
      .then([{ type: 'VoteCast', data: { meetingId: MEETING_ID, itemNo: 1, personId: 'p-m2', vote: 'reject', replacing: null } }]);
  });

  it('lets the chair vote: the chair is a member', () => {
    spec
      .given(open)
      .when(vote(CHAIR, 'abstain', null))
      .then([expect.objectContaining({ type: 'VoteCast' })]);
  });

  it('lets a substitute vote in the seat of the absent member they stand in for', () => {
    spec
      .given(withSubstitutes)
      .when(vote('p-s4', 'approve', 'p-m4'))
      .then([{ type: 'VoteCast', data: { meetingId: MEETING_ID, itemNo: 1, personId: 'p-s4', vote: 'approve', replacing: 'p-m4' } }]);
  });

  describe('who is entitled to vote', () => {
    it('refuses someone not on the board, and a seat not present', () => {
      spec.given(open).when(vote('p-stranger')).thenThrows('NOT_ENTITLED_TO_VOTE', 'rule');
      spec.given(withSubstitutes).when(vote('p-m4')).thenThrows('NOT_ENTITLED_TO_VOTE', 'rule');
      spec
        .given(withSubstitutes)
        .when(vote('p-s2', 'approve', 'p-m2'))
        .thenThrows('NOT_ENTITLED_TO_VOTE');
    });

    it('refuses a member who claims to replace someone', () => {
      spec
        .given(withSubstitutes)
        .when(vote('p-m1', 'approve', 'p-m4'))
        .thenThrows('NOT_ENTITLED_TO_VOTE');
    });

    it('refuses a substitute voting without replacing an absent member', () => {
      spec.given(withSubstitutes).when(vote('p-s4')).thenThrows('SUBSTITUTE_NOT_REPLACING', 'rule');
    });

    it('refuses a substitute replacing a present member, or someone else’s member', () => {
      spec
        .given(withSubstitutes)
        .when(vote('p-s1', 'approve', 'p-m1'))
        .thenThrows('SUBSTITUTE_NOT_REPLACING');
      spec
        .given(withSubstitutes)
        .when(vote('p-s1', 'approve', 'p-m4'))
        .thenThrows('SUBSTITUTE_NOT_REPLACING');
    });

    it('uses an absent member’s seat once per item', () => {
      const board = [...boardOf(5), seat('p-s4b', 'substitute', 'p-m4')];
      spec
        .given([...inSession([CHAIR, 'p-m1', 'p-m2', 'p-m3', 'p-s4', 'p-s4b'], board), itemOpened(1), voted(1, 'p-s4', 'approve', 'p-m4')])
        .when(vote('p-s4b', 'reject', 'p-m4'))
        .thenThrows('SEAT_ALREADY_VOTED', 'rule');
    });
  });

  describe('conflicts of interest and the preparer', () => {
    it('refuses a recused member', () => {
      spec
        .given([...open, recusal(1, 'p-m2')])
        .when(vote('p-m2'))
        .thenThrows('RECUSED', 'rule');
    });

    it('refuses the substitute of a recused absent member', () => {
      spec
        .given([...withSubstitutes, recusal(1, 'p-m4')])
        .when(vote('p-s4', 'approve', 'p-m4'))
        .thenThrows('RECUSED', 'rule');
    });

    it('refuses a recused substitute', () => {
      spec
        .given([...withSubstitutes, recusal(1, 'p-s4')])
        .when(vote('p-s4', 'approve', 'p-m4'))
        .thenThrows('RECUSED');
    });

    it('refuses the person who prepared the case', () => {
      spec
        .given([scheduled(), itemAdded(1, { preparedBy: 'p-m3' }), opened(FIVE), itemOpened(1)])
        .when(vote('p-m3'))
        .thenThrows('PREPARER_CANNOT_VOTE', 'rule');
    });
  });

  it('refuses a second vote by the same person', () => {
    spec
      .given([...open, voted(1, 'p-m2', 'approve')])
      .when(vote('p-m2', 'reject'))
      .thenThrows('ALREADY_VOTED', 'rule');
    spec
      .given([...withSubstitutes, voted(1, 'p-s4', 'approve', 'p-m4')])
      .when(vote('p-s4', 'approve', 'p-m4'))
      .thenThrows('ALREADY_VOTED');
  });

  describe('when votes can be cast', () => {
    it('refuses after the outcome is recorded', () => {
      spec
        .given([...open, outcomeRecorded(1)])
        .when(vote('p-m2'))
        .thenThrows('OUTCOME_ALREADY_RECORDED', 'rule');
    });

    it('refuses on a closed item', () => {
      spec
        .given([...open, outcomeRecorded(1), itemClosed(1)])
        .when(vote('p-m2'))
        .thenThrows('ITEM_ALREADY_CLOSED', 'rule');
    });

    it('refuses on an item not yet opened', () => {
      spec.given(inSession(FIVE)).when(vote('p-m2')).thenThrows('ITEM_NOT_OPEN', 'rule');
    });

    it('refuses on a reported delegated decision', () => {
      spec
        .given([...inSession(FIVE), itemOpened(2)])
        .when(vote('p-m2', 'approve', null, 2))
        .thenThrows('NOT_A_DECISION_ITEM', 'rule');
    });

    it('refuses on an unknown item or meeting, before opening and after closing', () => {
      spec
        .given(open)
        .when(vote('p-m2', 'approve', null, 5))
        .thenThrows('ITEM_NOT_FOUND', 'not_found');
      spec.given([]).when(vote('p-m2')).thenThrows('MEETING_NOT_FOUND', 'not_found');
      spec
        .given([scheduled(), itemAdded(1)])
        .when(vote('p-m2'))
        .thenThrows('MEETING_NOT_OPEN', 'rule');
      spec
        .given([scheduled(), opened(FIVE), meetingClosed()])
        .when(vote('p-m2'))
        .thenThrows('MEETING_CLOSED', 'rule');
    });
  });
});
