import { type StoredEvent, Upcasters } from '@beslutskedjan/event-store';
import { boardOf, CHAIR, MEETING_ID } from '../../testing/board-fixtures.js';
import { meetingDecider } from '../meeting.decider.js';
import type { MeetingEvent } from '../meeting.events.js';
import { meetingUpcasters } from './meeting.upcasters.js';

/** Meeting events as they landed on main at schema version 1, before the procedure in law. */
const v1: Array<{ type: string; data: Record<string, unknown> }> = [
  {
    type: 'BoardMeetingScheduled',
    data: { meetingId: MEETING_ID, date: '2024-03-14', label: 'Styrelsemöte mars', location: null, scheduledBy: 'u-director' },
  },
  {
    type: 'AgendaItemAdded',
    data: {
      meetingId: MEETING_ID,
      itemNo: 1,
      kind: 'decision',
      case: {
        applicationId: 'app-1',
        caseNumber: '2024/0001',
        title: 'Handledare',
        preparedBy: 'u-director',
        recommendation: 'approve',
        motivation: 'Bra.',
        terms: null,
      },
      addedBy: 'u-director',
    },
  },
  {
    type: 'BoardMeetingOpened',
    data: { meetingId: MEETING_ID, present: [CHAIR, 'p-m1', 'p-m2', 'p-s3'], adjusterId: 'p-m1', board: boardOf(5), openedBy: CHAIR },
  },
  { type: 'AgendaItemOpened', data: { meetingId: MEETING_ID, itemNo: 1, openedBy: CHAIR } },
  { type: 'VoteCast', data: { meetingId: MEETING_ID, itemNo: 1, personId: CHAIR, vote: 'approve', replacing: null } },
  { type: 'VoteCast', data: { meetingId: MEETING_ID, itemNo: 1, personId: 'p-s3', vote: 'reject', replacing: 'p-m3' } },
  {
    type: 'OutcomeRecorded',
    data: {
      meetingId: MEETING_ID,
      itemNo: 1,
      outcome: 'rejected',
      terms: null,
      amended: false,
      motivation: null,
      tally: { approve: 1, reject: 1, abstain: 0 },
      votes: [
        { personId: CHAIR, vote: 'approve', replacing: null },
        { personId: 'p-s3', vote: 'reject', replacing: 'p-m3' },
      ],
      recusals: [],
      quorum: { members: 5, participating: 4, required: 3 },
      board: boardOf(5),
      policy: null,
      recordedBy: CHAIR,
    },
  },
];

const stored = (e: { type: string; data: Record<string, unknown> }, i: number): StoredEvent =>
  ({
    eventId: `e-${i}`,
    streamId: `t1/meeting-${MEETING_ID}`,
    revision: i,
    position: BigInt(i + 1),
    type: e.type,
    data: e.data,
    metadata: { schemaVersion: 1, tenant: 't1', occurredAt: '2024-03-14T09:00:00.000Z', actor: { userId: CHAIR, role: 'chair' } },
  }) as unknown as StoredEvent;

describe('Old meeting history keeps working (upcasters v1 → v2)', () => {
  const upcasters = new Upcasters(meetingUpcasters);
  const lifted = v1.map((e, i) => upcasters.apply(stored(e, i)));

  it('lifts the old votes to yes/no, the opening to a meeting without secretary and the schedule to one without a time', () => {
    expect(lifted.map((e) => e.metadata.schemaVersion)).toEqual([2, 1, 2, 1, 2, 2, 2]);
    expect(lifted[0]?.data).toMatchObject({ time: null });
    expect(lifted[2]?.data).toMatchObject({ secretaryId: null, othersPresent: [] });
    expect(lifted[5]?.data).toMatchObject({ vote: 'no', replacing: 'p-m3' });
    expect(lifted[6]?.data).toMatchObject({
      tally: { yes: 1, no: 1, abstain: 0 },
      method: 'votering',
      presidingId: CHAIR,
      motionNo: null,
      castingVote: null,
      serving: [
        { seat: CHAIR, personId: CHAIR },
        { seat: 'p-m3', personId: 'p-s3' },
      ],
    });
  });

  it('folds the old history into a meeting whose item holds the recorded outcome', () => {
    const state = lifted
      .map((e) => ({ type: e.type, data: e.data }) as MeetingEvent)
      .reduce(meetingDecider.evolve, meetingDecider.initialState());
    expect(state.status).toBe('opened');
    if (state.status !== 'opened') return;
    expect(state.items[0]?.outcome).toMatchObject({ outcome: 'rejected', method: 'votering' });
    expect(state.secretaryId).toBeNull();
  });
});
