import type { Command, Decider, DomainEvent } from '../../../shared/src/decider.js';
import { boardDecider, type BoardCommand } from '../composition/board.decider.js';
import { compositionOn, members } from '../composition/composition-on.js';
import { as, caseSnapshot, CHAIR, DIRECTOR, MEETING_DATE, MEETING_ID, org } from '../testing/board-fixtures.js';
import { meetingDecider, type MeetingCommand } from './meeting.decider.js';
import type { OutcomeRecorded } from './meeting.events.js';
import type { HeldMeeting, VoteChoice } from './meeting.state.js';
import { generateMinutes } from './minutes/generate-minutes.js';
import { renderMinutesText } from './minutes/render-minutes-text.js';

/** Runs commands one after the other through decide and evolve, as the edge would. */
function run<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>, commands: C[]) {
  return commands.reduce<{ state: S; events: E[] }>(
    ({ state, events }, command) => {
      const decided = decider.decide(command, state);
      return { state: decided.reduce(decider.evolve, state), events: [...events, ...decided] };
    },
    { state: decider.initialState(), events: [] },
  );
}

const admin = as('u-admin', 'admin', '2023-01-02T09:00:00.000Z');
const MEMBERS = [CHAIR, 'p-m1', 'p-m2', 'p-m3', 'p-m4', 'p-m5', 'p-m6'];
const appointments: BoardCommand[] = MEMBERS.flatMap((personId, i): BoardCommand[] => [
  {
    type: 'AppointBoardMember',
    data: {
      appointmentId: `a-${personId}`,
      personId,
      position: i === 0 ? 'chair' : 'member',
      memberOrganisation: org(i % 2 === 0 ? 'kommun' : 'region'),
      substituteFor: null,
      termFrom: '2023-01-01',
      termTo: '2026-12-31',
    },
    metadata: admin,
  },
  {
    type: 'AppointBoardMember',
    data: {
      appointmentId: `a-s-${personId}`,
      personId: `s-${personId}`,
      position: 'substitute',
      memberOrganisation: org(i % 2 === 0 ? 'kommun' : 'region'),
      substituteFor: personId,
      termFrom: '2023-01-01',
      termTo: '2026-12-31',
    },
    metadata: admin,
  },
]);

const at = (personId: string) => as(personId, personId === CHAIR ? 'chair' : 'board_member');
const vote = (itemNo: number, personId: string, choice: VoteChoice, replacing: string | null = null): MeetingCommand => ({
  type: 'CastVote',
  data: { meetingId: MEETING_ID, itemNo, vote: choice, replacing },
  metadata: at(personId),
});
const chair = <C extends MeetingCommand>(type: C['type'], data: object): MeetingCommand =>
  ({ type, data: { meetingId: MEETING_ID, ...data }, metadata: at(CHAIR) }) as MeetingCommand;

describe('a meeting of a seven-member board, folded from its commands', () => {
  const board = compositionOn(run(boardDecider, appointments).events, MEETING_DATE);
  const present = [CHAIR, 'p-m1', 'p-m2', 'p-m3', 'p-m4', 'p-m5', 's-p-m6'];

  const commands: MeetingCommand[] = [
    {
      type: 'ScheduleBoardMeeting',
      data: { meetingId: MEETING_ID, date: MEETING_DATE, label: 'Styrelsemöte mars', location: null },
      metadata: as(DIRECTOR, 'director', '2024-02-01T09:00:00.000Z'),
    },
    { type: 'AddAgendaItem', data: { meetingId: MEETING_ID, kind: 'decision', case: caseSnapshot() }, metadata: as(DIRECTOR, 'director') },
    {
      type: 'AddAgendaItem',
      data: {
        meetingId: MEETING_ID,
        kind: 'decision',
        case: caseSnapshot({ applicationId: 'app-2', caseNumber: '2024/0043', recommendation: 'reject', terms: null }),
      },
      metadata: as(DIRECTOR, 'director'),
    },
    {
      type: 'AddAgendaItem',
      data: {
        meetingId: MEETING_ID,
        kind: 'reported_delegated_decision',
        case: caseSnapshot({ applicationId: 'app-3', caseNumber: '2024/0031' }),
      },
      metadata: as(DIRECTOR, 'director'),
    },
    chair('OpenBoardMeeting', { present, adjusterId: 'p-m2', board }),
    chair('OpenAgendaItem', { itemNo: 1 }),
    {
      type: 'DeclareRecusal',
      data: { meetingId: MEETING_ID, itemNo: 1, personId: 'p-m1', reason: 'Anställd hos utföraren' },
      metadata: at('p-m1'),
    },
    vote(1, CHAIR, 'approve'),
    vote(1, 'p-m2', 'approve'),
    vote(1, 'p-m3', 'approve'),
    vote(1, 'p-m4', 'reject'),
    vote(1, 'p-m5', 'abstain'),
    vote(1, 's-p-m6', 'approve', 'p-m6'),
    chair('RecordOutcome', { itemNo: 1, outcome: 'approved', policy: { policyId: 'asf', revision: 4, title: 'Riktlinjer för ASF' } }),
    chair('CloseAgendaItem', { itemNo: 1 }),
    chair('OpenAgendaItem', { itemNo: 2 }),
    ...(['approve', 'approve', 'approve', 'reject', 'reject', 'reject'] as const).map((choice, i) => vote(2, MEMBERS[i]!, choice)),
    vote(2, 's-p-m6', 'abstain', 'p-m6'),
    chair('RecordOutcome', { itemNo: 2, outcome: 'rejected', motivation: 'Lika röstetal', policy: null }),
    chair('CloseAgendaItem', { itemNo: 2 }),
    chair('OpenAgendaItem', { itemNo: 3 }),
    chair('CloseAgendaItem', { itemNo: 3 }),
    chair('CloseBoardMeeting', {}),
    { type: 'AttestMinutes', data: { meetingId: MEETING_ID }, metadata: as(CHAIR, 'chair', '2024-03-20T09:00:00.000Z') },
    { type: 'AttestMinutes', data: { meetingId: MEETING_ID }, metadata: as('p-m2', 'board_member', '2024-03-21T09:00:00.000Z') },
  ];
  const { state, events } = run(meetingDecider, commands);
  const outcomes = events.filter((e): e is OutcomeRecorded => e.type === 'OutcomeRecorded');

  it('judges the votes against the board as composed on the meeting date', () => {
    expect(members(board)).toHaveLength(7);
    expect(outcomes[0]?.data.board).toEqual(board);
  });

  it('tallies item 1 and counts the recused member out of the quorum, the substitute in', () => {
    expect(outcomes[0]?.data).toMatchObject({
      outcome: 'approved',
      tally: { approve: 4, reject: 1, abstain: 1 },
      quorum: { members: 7, participating: 6, required: 4 },
      recusals: [{ personId: 'p-m1', reason: 'Anställd hos utföraren' }],
    });
    expect(outcomes[0]?.data.votes).toHaveLength(6);
  });

  it('rejects item 2 on a tie with all seven seats taking part', () => {
    expect(outcomes[1]?.data).toMatchObject({
      outcome: 'rejected',
      tally: { approve: 3, reject: 3, abstain: 1 },
      quorum: { participating: 7 },
    });
  });

  it('refuses to approve on that tie', () => {
    const beforeOutcome = run(meetingDecider, commands.slice(0, 23)).state;
    expect(() => meetingDecider.decide(chair('RecordOutcome', { itemNo: 2, outcome: 'approved', policy: null }), beforeOutcome)).toThrow(
      expect.objectContaining({ code: 'NO_MAJORITY' }),
    );
  });

  it('completes attestation with both decisions and marks the meeting attested', () => {
    expect(events.at(-1)).toEqual({
      type: 'MinutesAttestationCompleted',
      data: {
        meetingId: MEETING_ID,
        meetingDate: MEETING_DATE,
        attestedOn: '2024-03-21',
        decisions: [
          {
            itemNo: 1,
            applicationId: 'app-1',
            caseNumber: '2024/0042',
            outcome: 'approved',
            terms: caseSnapshot().terms,
            motivation: null,
          },
          { itemNo: 2, applicationId: 'app-2', caseNumber: '2024/0043', outcome: 'rejected', terms: null, motivation: 'Lika röstetal' },
        ],
      },
    });
    expect(state.status).toBe('attested');
  });

  it('both signatures attest the same minutes', () => {
    const hashes = events.flatMap((e) => (e.type === 'MinutesAttested' ? [e.data.minutesSha256] : []));
    expect(hashes).toHaveLength(2);
    expect(hashes[0]).toBe(hashes[1]);
  });

  it('writes minutes with every paragraph', () => {
    const text = renderMinutesText(generateMinutes(state as HeldMeeting));
    expect(text).toContain('§ 1 2024/0042');
    expect(text).toContain('Omröstning: 4 bifall, 1 avslag, 1 avstår');
    expect(text).toContain('§ 3 2024/0031');
    expect(text).toContain('Anmälan av delegationsbeslutet läggs till handlingarna.');
  });
});
