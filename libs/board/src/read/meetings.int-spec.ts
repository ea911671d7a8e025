import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { readModelOf, demoStory, MEETING } from '@beslutskedjan/application/testing';
import { getMeeting, listMeetings } from './meetings.queries.js';

const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-meetings-'));
const open: Database.Database[] = [];
afterAll(() => {
  for (const db of open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const demo = demoStory('demo');
const other = demoStory('other', 'ANNAN ');
const until = (label: string) => {
  const db = readModelOf(dir, [...other.until('chair-voted'), ...demo.until(label)]);
  open.push(db);
  return db;
};

describe('meetings read model', () => {
  it('lists meetings by date, filtered by period and status', () => {
    const db = until('end');
    expect(listMeetings(db, 'demo').map((m) => [m.meetingId, m.status, m.itemCount])).toEqual([
      [MEETING, 'attested', 2],
      ['m-2026-06', 'scheduled', 0],
    ]);
    expect(listMeetings(db, 'demo', { from: '2026-04-01' }).map((m) => m.meetingId)).toEqual(['m-2026-06']);
    expect(listMeetings(db, 'demo', { to: '2026-03-12' }).map((m) => m.meetingId)).toEqual([MEETING]);
    expect(listMeetings(db, 'demo', { status: 'attested' }).map((m) => m.meetingId)).toEqual([MEETING]);
    expect(listMeetings(db, 'demo', { status: ['open', 'closed'] })).toEqual([]);
    expect(listMeetings(db, 'other', { status: 'open' }).map((m) => m.meetingId)).toEqual([MEETING]);
  });

  it('shows the agenda with votes, recusals, outcome and attestation', () => {
    const detail = getMeeting(until('end'), 'demo', MEETING)!;
    expect(detail.meeting).toMatchObject({
      status: 'attested',
      present: ['u-chair', 'u-m1', 'u-m2', 'u-s1'],
      adjusterId: 'u-m1',
      attestation: {
        chair: { personId: 'u-chair', attestedOn: '2026-03-16' },
        adjuster: { personId: 'u-m1', attestedOn: '2026-03-17' },
        completedOn: '2026-03-17',
      },
    });
    expect(detail.meeting.board).toHaveLength(5);
    const [decision, reported] = detail.items;
    expect(decision).toMatchObject({
      itemNo: 1,
      kind: 'decision',
      caseNumber: '2026/0001',
      preparedBy: 'u-dir',
      status: 'closed',
      terms: { amountSek: 180_000 },
      outcome: {
        outcome: 'approved',
        amended: false,
        tally: { yes: 2, no: 0, abstain: 1 },
        quorum: { required: 3 },
        policy: { revision: 4 },
      },
      recusals: [{ personId: 'u-m2', reason: 'Styrelseledamot i Verkstaden' }],
    });
    expect(decision?.votes).toEqual([
      { personId: 'u-chair', vote: 'yes', replacing: null, position: 'chair' },
      { personId: 'u-m1', vote: 'yes', replacing: null, position: 'member' },
      { personId: 'u-s1', vote: 'abstain', replacing: 'u-m3', position: 'substitute' },
    ]);
    expect(reported).toMatchObject({
      itemNo: 2,
      kind: 'reported_delegated_decision',
      status: 'closed',
      outcome: null,
      votes: [],
      recusals: [],
    });
  });

  it('follows the meeting as it runs', () => {
    expect(getMeeting(until('scheduled'), 'demo', MEETING)).toMatchObject({ meeting: { status: 'scheduled', present: null }, items: [] });
    expect(getMeeting(until('on-agenda'), 'demo', MEETING)?.items.map((i) => i.status)).toEqual(['pending', 'pending']);
    const voting = getMeeting(until('chair-voted'), 'demo', MEETING)!;
    expect(voting.meeting.status).toBe('open');
    expect(voting.items[0]).toMatchObject({
      status: 'open',
      openedAt: '2026-03-12T13:05:00.000Z',
      outcome: null,
      votes: [{ personId: 'u-chair', vote: null }],
    });
    // How a member voted stays out until the outcome is recorded, as in the meeting room.
    expect(voting.items[0]?.votes.every((v) => v.vote === null)).toBe(true);
    expect(getMeeting(until('outcome'), 'demo', MEETING)?.items[0]?.votes.map((v) => v.vote)).toEqual(['yes', 'yes', 'abstain']);
    expect(getMeeting(until('outcome'), 'demo', MEETING)?.items[0]?.status).toBe('outcome_recorded');
    expect(getMeeting(until('closed'), 'demo', MEETING)?.meeting).toMatchObject({ status: 'closed', closedAt: '2026-03-12T14:00:00.000Z' });
    expect(getMeeting(until('chair-attested'), 'demo', MEETING)?.meeting).toMatchObject({
      status: 'closed',
      attestation: { adjuster: null, completedOn: null },
    });
  });

  it('keeps each tenant to its own meetings', () => {
    const db = until('end');
    expect(getMeeting(db, 'other', MEETING)).toMatchObject({
      meeting: { status: 'open' },
      items: [{ title: 'ANNAN Handledare vid ASF Verkstaden', votes: [{ personId: 'u-chair' }] }, {}],
    });
    expect(getMeeting(db, 'demo', MEETING)?.items[0]?.title).toBe('Handledare vid ASF Verkstaden');
    expect(getMeeting(db, 'nobody', MEETING)).toBeNull();
    expect(listMeetings(db, 'nobody')).toEqual([]);
  });
});
