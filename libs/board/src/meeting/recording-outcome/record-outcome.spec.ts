import type { PolicyVersionRef } from '../../../../application/src/application.types.js';
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
  MEETING_ID,
  opened,
  outcomeRecorded,
  recusal,
  scheduled,
  terms,
  voted,
} from '../../testing/board-fixtures.js';
import { meetingDecider } from '../meeting.decider.js';
import type { MeetingEvent } from '../meeting.events.js';
import type { RecordOutcome } from './record-outcome.command.js';

const spec = deciderSpec(meetingDecider);
const POLICY: PolicyVersionRef = { policyId: 'asf', revision: 4, title: 'Riktlinjer för ASF' };

const record = (data: Partial<RecordOutcome['data']> = {}, actor = CHAIR): RecordOutcome => ({
  type: 'RecordOutcome',
  data: { meetingId: MEETING_ID, itemNo: 1, outcome: 'approved', policy: POLICY, ...data },
  metadata: as(actor, 'chair'),
});

const open: MeetingEvent[] = [...inSession(FIVE), itemOpened(1)];
const votes = (...choices: Array<[string, 'approve' | 'reject' | 'abstain']>) => choices.map(([p, v]) => voted(1, p, v));

describe('RecordOutcome', () => {
  it('records an approval on the recommended terms with tally, votes, recusals, quorum, board and policy', () => {
    spec
      .given([
        ...open,
        recusal(1, 'p-m4', 'Jäv'),
        ...votes([CHAIR, 'approve'], ['p-m1', 'approve'], ['p-m2', 'reject'], ['p-m3', 'abstain']),
      ])
      .when(record({ motivation: ' Enligt förslaget ' }))
      .then([
        {
          type: 'OutcomeRecorded',
          data: {
            meetingId: MEETING_ID,
            itemNo: 1,
            outcome: 'approved',
            terms: terms(),
            amended: false,
            motivation: 'Enligt förslaget',
            tally: { approve: 2, reject: 1, abstain: 1 },
            votes: [
              { personId: CHAIR, vote: 'approve', replacing: null },
              { personId: 'p-m1', vote: 'approve', replacing: null },
              { personId: 'p-m2', vote: 'reject', replacing: null },
              { personId: 'p-m3', vote: 'abstain', replacing: null },
            ],
            recusals: [{ personId: 'p-m4', reason: 'Jäv' }],
            quorum: { members: 5, participating: 4, required: 3 },
            board: boardOf(5),
            policy: POLICY,
            recordedBy: CHAIR,
          },
        },
      ]);
  });

  it('records amended terms as amended', () => {
    spec
      .given([...open, ...votes(['p-m1', 'approve'])])
      .when(record({ amendedTerms: terms(180_000) }))
      .then([expect.objectContaining({ data: expect.objectContaining({ terms: terms(180_000), amended: true, motivation: null }) })]);
  });

  it('approves against a recommendation to reject only with terms', () => {
    const against = [
      scheduled(),
      itemAdded(1, { recommendation: 'reject', terms: null }),
      opened(FIVE),
      itemOpened(1),
      voted(1, 'p-m1', 'approve'),
    ];
    spec.given(against).when(record()).thenThrows('TERMS_REQUIRED', 'rule');
    spec
      .given(against)
      .when(record({ amendedTerms: terms(90_000) }))
      .then([expect.objectContaining({ type: 'OutcomeRecorded' })]);
  });

  it('records a rejection on a tie, without terms', () => {
    spec
      .given([...open, ...votes(['p-m1', 'approve'], ['p-m2', 'reject'])])
      .when(record({ outcome: 'rejected' }))
      .then([expect.objectContaining({ data: expect.objectContaining({ outcome: 'rejected', terms: null, amended: false }) })]);
  });

  it('records referral back and tabling with a quorum but no votes', () => {
    spec
      .given(open)
      .when(record({ outcome: 'referred_back' }))
      .then([expect.objectContaining({ data: expect.objectContaining({ outcome: 'referred_back', terms: null }) })]);
    spec
      .given(open)
      .when(record({ outcome: 'tabled', policy: null }))
      .then([expect.objectContaining({ data: expect.objectContaining({ outcome: 'tabled', policy: null }) })]);
  });

  it('refuses an approval without more votes for than against', () => {
    spec
      .given([...open, ...votes(['p-m1', 'approve'], ['p-m2', 'reject'])])
      .when(record())
      .thenThrows('NO_MAJORITY', 'rule');
    spec
      .given([...open, ...votes(['p-m1', 'abstain'])])
      .when(record())
      .thenThrows('NO_MAJORITY');
  });

  it('refuses a rejection the majority voted against', () => {
    spec
      .given([...open, ...votes(['p-m1', 'approve'], ['p-m2', 'approve'], ['p-m3', 'reject'])])
      .when(record({ outcome: 'rejected' }))
      .thenThrows('OUTCOME_CONTRADICTS_VOTE', 'rule');
  });

  it('refuses any outcome without a quorum, procedural ones included', () => {
    const few = [...inSession([CHAIR, 'p-m1', 'p-m2']), itemOpened(1), recusal(1, 'p-m2')];
    spec
      .given(few)
      .when(record({ outcome: 'tabled' }))
      .thenThrows('NO_QUORUM', 'rule');
  });

  it('refuses anyone but the chair', () => {
    spec
      .given([...open, ...votes(['p-m1', 'approve'])])
      .when(record({}, 'p-m2'))
      .thenThrows('NOT_CHAIR', 'rule');
  });

  it('refuses a chair who prepared the case', () => {
    spec
      .given([scheduled(), itemAdded(1, { preparedBy: CHAIR }), opened(FIVE), itemOpened(1), voted(1, 'p-m1', 'approve')])
      .when(record())
      .thenThrows('PREPARER_CANNOT_DECIDE', 'rule');
  });

  it('refuses a second outcome, an unopened, a closed or a reported item', () => {
    spec
      .given([...open, outcomeRecorded(1)])
      .when(record())
      .thenThrows('OUTCOME_ALREADY_RECORDED', 'rule');
    spec.given(inSession(FIVE)).when(record()).thenThrows('ITEM_NOT_OPEN', 'rule');
    spec
      .given([...open, outcomeRecorded(1), itemClosed(1)])
      .when(record())
      .thenThrows('ITEM_ALREADY_CLOSED', 'rule');
    spec
      .given([...inSession(FIVE), itemOpened(2)])
      .when(record({ itemNo: 2 }))
      .thenThrows('NOT_A_DECISION_ITEM', 'rule');
  });

  it('refuses terms on anything but an approval, and malformed terms', () => {
    spec
      .given(open)
      .when(record({ outcome: 'rejected', amendedTerms: terms() }))
      .thenThrows('INVALID_INPUT', 'invalid');
    spec
      .given(open)
      .when(record({ amendedTerms: terms(0) }))
      .thenThrows('INVALID_INPUT', 'invalid');
    spec
      .given(open)
      .when(record({ amendedTerms: { ...terms(), period: { from: '2025-01-01', to: '2024-01-01' } } }))
      .thenThrows('INVALID_INPUT');
  });
});
