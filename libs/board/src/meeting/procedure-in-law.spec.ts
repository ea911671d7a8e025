import type { PolicyVersionRef } from '@beslutskedjan/application';
import { deciderSpec } from '@beslutskedjan/shared/testing';
import type { BoardSeat } from '../composition/board.events.js';
import { as, boardOf, CHAIR, FIVE, inSession, itemOpened, MEETING_ID, recusal, terms, voted } from '../testing/board-fixtures.js';
import { meetingDecider, type MeetingCommand } from './meeting.decider.js';
import type { MeetingEvent, MotionMoved, QuestionPut } from './meeting.events.js';
import type { MeetingState } from './meeting.state.js';

const spec = deciderSpec(meetingDecider);
const POLICY: PolicyVersionRef = { policyId: 'asf', revision: 4, title: 'Riktlinjer för ASF' };
const VICE = 'p-m1';
/** boardOf(5) with p-m1 as vice chair. */
const withVice: BoardSeat[] = boardOf(5).map((s) => (s.personId === VICE ? { ...s, position: 'vice_chair' } : s));

const cmd = <T extends MeetingCommand['type']>(
  type: T,
  data: Omit<Extract<MeetingCommand, { type: T }>['data'], 'meetingId'>,
  actor: string,
): MeetingCommand =>
  ({ type, data: { meetingId: MEETING_ID, ...data }, metadata: as(actor, actor === CHAIR ? 'chair' : 'board_member') }) as MeetingCommand;

const motion = (
  motionNo: number,
  personId: string,
  kind: MotionMoved['data']['kind'],
  t: MotionMoved['data']['terms'] = null,
): MotionMoved => ({
  type: 'MotionMoved',
  data: { meetingId: MEETING_ID, itemNo: 1, motionNo, personId, kind, terms: t, motivation: null },
});
const question = (motionNo: number, againstMotionNo: number | null, presidingId = CHAIR): QuestionPut => ({
  type: 'QuestionPut',
  data: { meetingId: MEETING_ID, itemNo: 1, presidingId, motionNo, againstMotionNo },
});
const votering = (personId: string): MeetingEvent => ({ type: 'VoteringRequested', data: { meetingId: MEETING_ID, itemNo: 1, personId } });
const record = (actor = CHAIR, extra: Record<string, unknown> = {}) =>
  cmd('RecordOutcome', { itemNo: 1, policy: POLICY, caseStatus: 'recommended', ...extra }, actor);
const outcomeOf = (history: MeetingEvent[], command: MeetingCommand) => {
  const state = history.reduce(meetingDecider.evolve, meetingDecider.initialState());
  const [event] = meetingDecider.decide(command, state);
  if (event?.type !== 'OutcomeRecorded') throw new Error(`expected OutcomeRecorded, got ${event?.type}`);
  return event.data;
};
const stateOf = (history: MeetingEvent[]): MeetingState => history.reduce(meetingDecider.evolve, meetingDecider.initialState());

const open = [...inSession(FIVE), itemOpened(1)];

describe('Deciding an item (KL 5:53–57 via 6:33)', () => {
  it('KL 5:53 – given motions, when the presiding member puts the question and nobody asks for votering, then the board decides by acclamation', () => {
    const history = [...open, motion(1, 'p-m2', 'approve_amended', terms(300_000)), question(1, 0)];
    const data = outcomeOf(history, record());
    expect(data).toMatchObject({ outcome: 'approved', method: 'acclamation', motionNo: 1, amended: true, presidingId: CHAIR, votes: [] });
    expect(data.terms?.amountSek).toBe(300_000);
  });

  it('KL 5:53 – motion 0 is the recommendation: the question put on it decides on its terms', () => {
    expect(outcomeOf([...open, question(0, null)], record())).toMatchObject({
      outcome: 'approved',
      terms: terms(),
      amended: false,
      motionNo: 0,
    });
  });

  it('KL 5:53 – återremiss and bordläggning are motions the board can adopt', () => {
    expect(outcomeOf([...open, motion(1, 'p-m3', 'refer_back'), question(1, 0)], record()).outcome).toBe('referred_back');
    expect(outcomeOf([...open, motion(1, 'p-m3', 'table'), question(1, 0)], record()).outcome).toBe('tabled');
    expect(outcomeOf([...open, motion(1, 'p-m3', 'reject'), question(1, 0)], record()).outcome).toBe('rejected');
  });

  it('KL 5:53 – only a member serving on the item moves a motion', () => {
    spec
      .given([...open, recusal(1, 'p-m2')])
      .when(cmd('MoveMotion', { itemNo: 1, kind: 'reject' }, 'p-m2'))
      .thenThrows('RECUSED');
    spec
      .given(open)
      .when(cmd('MoveMotion', { itemNo: 1, kind: 'reject' }, 'p-s1'))
      .thenThrows('NOT_SERVING');
  });

  it('KL 5:53 – an approval with changed terms states them (400 otherwise)', () => {
    spec
      .given(open)
      .when(cmd('MoveMotion', { itemNo: 1, kind: 'approve_amended' }, 'p-m2'))
      .thenThrows('INVALID_INPUT', 'invalid');
  });

  it('KL 5:53 – no motions after the question is put', () => {
    spec
      .given([...open, question(0, null)])
      .when(cmd('MoveMotion', { itemNo: 1, kind: 'reject' }, 'p-m2'))
      .thenThrows('QUESTION_ALREADY_PUT');
  });

  it('KL 5:53 – only the presiding member puts the question', () => {
    spec
      .given(open)
      .when(cmd('PutQuestion', { itemNo: 1, motionNo: 0 }, 'p-m2'))
      .thenThrows('NOT_PRESIDING');
    spec
      .given(open)
      .when(cmd('PutQuestion', { itemNo: 1, motionNo: 0 }, CHAIR))
      .then([question(0, null)]);
    spec
      .given([...open, motion(1, 'p-m3', 'reject')])
      .when(cmd('PutQuestion', { itemNo: 1, motionNo: 0 }, CHAIR))
      .then([question(0, 1)]);
  });

  it('KL 5:54 – votering only when a serving member asks for it after the question is put; then each serving seat votes by name', () => {
    spec
      .given(open)
      .when(cmd('RequestVotering', { itemNo: 1 }, 'p-m2'))
      .thenThrows('QUESTION_NOT_PUT');
    spec
      .given([...open, question(0, null)])
      .when(cmd('CastVote', { itemNo: 1, vote: 'yes' }, 'p-m2'))
      .thenThrows('NO_VOTERING');
    spec
      .given([...open, question(0, null)])
      .when(cmd('RequestVotering', { itemNo: 1 }, 'p-m2'))
      .then([votering('p-m2')]);
  });

  it('KL 5:55 – one vote per seat; a serving substitute votes in the seat of the member they stand in for', () => {
    const present = [CHAIR, 'p-m1', 'p-m2', 'p-m3', 'p-s4'];
    const history = [...inSession(present), itemOpened(1), question(0, null), votering('p-m2')];
    spec
      .given(history)
      .when(cmd('CastVote', { itemNo: 1, vote: 'no' }, 'p-s4'))
      .then([{ type: 'VoteCast', data: { meetingId: MEETING_ID, itemNo: 1, personId: 'p-s4', vote: 'no', replacing: 'p-m4' } }]);
    spec
      .given([...history, voted(1, 'p-s4', 'no', 'p-m4')])
      .when(cmd('CastVote', { itemNo: 1, vote: 'yes' }, 'p-s4'))
      .thenThrows('ALREADY_VOTED');
  });

  it('KL 5:57 (via 6:33) – in votering the majority of the votes cast decides; a no carries the counter-motion', () => {
    const history = [
      ...open,
      motion(1, 'p-m3', 'reject'),
      question(0, 1),
      votering('p-m3'),
      voted(1, CHAIR, 'yes'),
      voted(1, 'p-m1', 'no'),
      voted(1, 'p-m2', 'no'),
      voted(1, 'p-m3', 'no'),
      voted(1, 'p-m4', 'abstain'),
    ];
    expect(outcomeOf(history, record())).toMatchObject({
      outcome: 'rejected',
      method: 'votering',
      tally: { yes: 1, no: 3, abstain: 1 },
      motionNo: 1,
      castingVote: null,
    });
  });

  it("KL 5:57 (via 6:33) – the presiding member's casting vote decides a tie", () => {
    const history = [
      ...open,
      motion(1, 'p-m3', 'reject'),
      question(0, 1),
      votering('p-m3'),
      voted(1, CHAIR, 'yes'),
      voted(1, 'p-m1', 'yes'),
      voted(1, 'p-m2', 'no'),
      voted(1, 'p-m3', 'no'),
      voted(1, 'p-m4', 'abstain'),
    ];
    expect(outcomeOf(history, record())).toMatchObject({ outcome: 'approved', tally: { yes: 2, no: 2, abstain: 1 }, castingVote: 'yes' });
  });

  it('KL 5:57 (via 6:33) – a presiding member who abstained in a tied votering still gives the casting vote', () => {
    const history = [
      ...open,
      motion(1, 'p-m3', 'reject'),
      question(0, 1),
      votering('p-m3'),
      voted(1, CHAIR, 'abstain'),
      voted(1, 'p-m1', 'yes'),
      voted(1, 'p-m2', 'no'),
      voted(1, 'p-m3', 'no'),
      voted(1, 'p-m4', 'yes'),
    ];
    spec.given(history).when(record()).thenThrows('CASTING_VOTE_REQUIRED');
    expect(outcomeOf(history, record(CHAIR, { castingVote: 'no' }))).toMatchObject({ outcome: 'rejected', castingVote: 'no' });
  });

  it('KL 5:55 – every serving seat answers the votering before the outcome', () => {
    spec
      .given([...open, question(0, null), votering('p-m2'), voted(1, CHAIR, 'yes')])
      .when(record())
      .thenThrows('VOTES_MISSING');
  });

  it('KL 6:27 – given a 5-seat board with a jävig member whose substitute serves, then the board is quorate and decides', () => {
    const history = [...inSession([...FIVE, 'p-s2']), itemOpened(1), recusal(1, 'p-m2'), question(0, null)];
    const data = outcomeOf(history, record());
    expect(data.quorum).toEqual({ members: 5, participating: 5, required: 3 });
    expect(data.serving).toContainEqual({ seat: 'p-m2', personId: 'p-s2' });
  });

  it('KL 6:27 – without a quorum of serving seats the board cannot decide', () => {
    spec
      .given([...inSession([CHAIR, 'p-m1']), itemOpened(1), question(0, null)])
      .when(record())
      .thenThrows('NO_QUORUM');
  });

  it('KL 6:28–30 – the person who prepared the case takes no part in deciding it', () => {
    spec
      .given(open)
      .when(cmd('RecordOutcome', { itemNo: 1, policy: POLICY, caseStatus: 'recommended' }, 'u-director'))
      .thenThrows('PREPARER_CANNOT_DECIDE');
  });
});

describe('Who presides (KL 6 kap.: ordföranden, vice ordföranden, ordförande för dagen)', () => {
  it('given the chair absent, then the vice chair presides, puts the question and declares the outcome', () => {
    const history = [...inSession([VICE, 'p-m2', 'p-m3', 'p-m4', 's-chair'], withVice, 'p-m2'), itemOpened(1)];
    spec
      .given(history)
      .when(cmd('PutQuestion', { itemNo: 1, motionNo: 0 }, CHAIR))
      .thenThrows('NOT_PRESIDING');
    expect(outcomeOf([...history, question(0, null, VICE)], record(VICE))).toMatchObject({ presidingId: VICE, outcome: 'approved' });
  });

  it('KL 6:28–30 – given the chair jävig on the item, then the vice chair presides over it', () => {
    const history = [...inSession(FIVE, withVice), itemOpened(1), recusal(1, CHAIR)];
    spec.given(history).when(record()).thenThrows('NOT_PRESIDING');
    expect(outcomeOf([...history, question(0, null, VICE)], record(VICE)).presidingId).toBe(VICE);
  });

  it('given both chair and vice chair jävig, then the meeting chooses an ordförande för dagen, who presides', () => {
    const history = [...inSession(FIVE, withVice), itemOpened(1), recusal(1, CHAIR), recusal(1, VICE)];
    spec.given(history).when(record(VICE)).thenThrows('NOT_PRESIDING');
    spec
      .given(history)
      .when(cmd('ChooseChairForTheDay', { personId: 'p-m3' }, 'p-m2'))
      .then([{ type: 'ChairForTheDayChosen', data: { meetingId: MEETING_ID, personId: 'p-m3', chosenBy: 'p-m2' } }]);
    const chosen: MeetingEvent = { type: 'ChairForTheDayChosen', data: { meetingId: MEETING_ID, personId: 'p-m3', chosenBy: 'p-m2' } };
    expect(outcomeOf([...history, chosen, question(0, null, 'p-m3')], record('p-m3')).presidingId).toBe('p-m3');
  });

  it('no ordförande för dagen while the chair or vice chair can preside', () => {
    spec
      .given([...inSession(FIVE, withVice), itemOpened(1)])
      .when(cmd('ChooseChairForTheDay', { personId: 'p-m3' }, 'p-m2'))
      .thenThrows('CHAIR_CAN_PRESIDE');
  });
});

describe('Dissent and notes (KL 4:27)', () => {
  const decidedByVotering = [
    ...open,
    motion(1, 'p-m3', 'reject'),
    question(0, 1),
    votering('p-m3'),
    voted(1, CHAIR, 'yes'),
    voted(1, 'p-m1', 'yes'),
    voted(1, 'p-m2', 'yes'),
    voted(1, 'p-m3', 'no'),
    voted(1, 'p-m4', 'abstain'),
  ];
  const decided = (): MeetingEvent[] => [
    ...decidedByVotering,
    { type: 'OutcomeRecorded', data: outcomeOf(decidedByVotering, record()) } as MeetingEvent,
  ];
  const reserve = (actor: string, motivation: string | null = null) =>
    cmd('RecordReservation', { itemNo: 1, motivation, motivationDueOn: '2024-03-28' }, actor);

  it('KL 4:27 – a member who took part and lost enters a reservation before the meeting closes', () => {
    const [event] = meetingDecider.decide(reserve('p-m3', 'Insatsen ligger utanför riktlinjerna.'), stateOf(decided()));
    expect(event).toMatchObject({
      type: 'ReservationRecorded',
      data: { personId: 'p-m3', motivation: 'Insatsen ligger utanför riktlinjerna.', motivationDueOn: '2024-03-28' },
    });
  });

  it('KL 4:27 – a member on the winning side, or who abstained, cannot reserve', () => {
    spec.given(decided()).when(reserve('p-m1')).thenThrows('NOT_ENTITLED_TO_RESERVE');
    spec.given(decided()).when(reserve('p-m4')).thenThrows('NOT_ENTITLED_TO_RESERVE');
  });

  it('KL 4:27 – the written motivation may follow until the deadline the meeting set, and not after it', () => {
    const reserved = [...decided(), ...meetingDecider.decide(reserve('p-m3'), stateOf(decided()))];
    const late = { ...reserve('p-m3', 'Skäl'), metadata: as('p-m3', 'board_member', '2024-03-29T09:00:00.000Z') };
    spec.given(reserved).when(late).thenThrows('MOTIVATION_TOO_LATE');
    const [event] = meetingDecider.decide(reserve('p-m3', 'Skäl'), stateOf(reserved));
    expect(event).toMatchObject({ type: 'ReservationRecorded', data: { personId: 'p-m3', motivation: 'Skäl' } });
  });

  it('arbetsordning – any member present may add a protokollsanteckning', () => {
    const [event] = meetingDecider.decide(
      cmd('RecordProtocolNote', { itemNo: 1, text: 'Vi vill följa insatsen noga.' }, 'p-m4'),
      stateOf(decided()),
    );
    expect(event).toMatchObject({ type: 'ProtocolNoteRecorded', data: { personId: 'p-m4', text: 'Vi vill följa insatsen noga.' } });
    spec
      .given(decided())
      .when(cmd('RecordProtocolNote', { itemNo: 1, text: 'x' }, 'p-s1'))
      .thenThrows('NOT_PRESENT');
  });
});

describe('Cases the meeting cannot decide', () => {
  it('an attested decision is never dropped: a case that cannot take it is refused at the meeting (422)', () => {
    spec
      .given([...open, question(0, null)])
      .when(record(CHAIR, { caseStatus: 'decided' }))
      .thenThrows('CASE_CANNOT_TAKE_DECISION', 'rule');
  });
});
