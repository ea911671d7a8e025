import {
  CHAIR,
  DIRECTOR,
  FIVE,
  inSession,
  itemClosed,
  itemOpened,
  MEETING_DATE,
  MEETING_ID,
  outcomeRecorded,
  recusal,
  terms,
  voted,
} from '../../testing/board-fixtures.js';
import { meetingDecider } from '../meeting.decider.js';
import type { MeetingEvent } from '../meeting.events.js';
import type { HeldMeeting } from '../meeting.state.js';
import { formatSek } from './format-sek.js';
import { generateMinutes } from './generate-minutes.js';
import { canonicalJson, minutesSha256 } from './minutes-hash.js';
import { renderMinutesText } from './render-minutes-text.js';

const POLICY = { policyId: 'asf', revision: 4, title: 'Riktlinjer för ASF' };
const held = (events: MeetingEvent[]) => events.reduce(meetingDecider.evolve, meetingDecider.initialState()) as HeldMeeting;
const M = { meetingId: MEETING_ID, itemNo: 1 };

/** p-m3 jävig with p-s3 serving; p-m4 absent with p-s4 serving; a motion, the question, a votering tied and decided by the casting vote; a reservation and a note. */
const history: MeetingEvent[] = [
  ...inSession([CHAIR, 'p-m1', 'p-m2', 'p-m3', 'p-s3', 'p-s4']),
  itemOpened(1),
  recusal(1, 'p-m3', 'Närstående till sökande'),
  { type: 'MotionMoved', data: { ...M, motionNo: 1, personId: 'p-m2', kind: 'reject', terms: null, motivation: null } },
  { type: 'QuestionPut', data: { ...M, presidingId: CHAIR, motionNo: 0, againstMotionNo: 1 } },
  { type: 'VoteringRequested', data: { ...M, personId: 'p-m2' } },
  voted(1, CHAIR, 'yes'),
  voted(1, 'p-m1', 'yes'),
  voted(1, 'p-m2', 'no'),
  voted(1, 'p-s3', 'no', 'p-m3'),
  voted(1, 'p-s4', 'abstain', 'p-m4'),
  outcomeRecorded(1, {
    tally: { yes: 2, no: 2, abstain: 1 },
    castingVote: 'yes',
    motionNo: 0,
    terms: terms(1_234_567.5),
    amended: true,
    motivation: 'Beloppet höjs',
    serving: [
      { seat: CHAIR, personId: CHAIR },
      { seat: 'p-m1', personId: 'p-m1' },
      { seat: 'p-m2', personId: 'p-m2' },
      { seat: 'p-m3', personId: 'p-s3' },
      { seat: 'p-m4', personId: 'p-s4' },
    ],
    quorum: { members: 5, participating: 5, required: 3 },
    policy: POLICY,
  }),
  {
    type: 'ReservationRecorded',
    data: {
      ...M,
      personId: 'p-m2',
      motivation: 'Utanför riktlinjerna.',
      motivationDueOn: '2024-03-28',
      recordedAt: '2024-03-14T10:00:00.000Z',
    },
  },
  {
    type: 'ProtocolNoteRecorded',
    data: { ...M, personId: 'p-s4', text: 'Följ upp efter ett halvår.', recordedAt: '2024-03-14T10:01:00.000Z' },
  },
  itemClosed(1),
  itemOpened(2),
  itemClosed(2),
];
const minutes = generateMinutes(held(history));

describe('The minutes (KL 5:66–70 via 6:35)', () => {
  it('name the chair, the secretary, the adjuster, members present, serving substitutes and others present', () => {
    expect(minutes).toMatchObject({
      schema: 2,
      heading: 'Protokoll',
      meetingId: MEETING_ID,
      date: MEETING_DATE,
      chair: { personId: CHAIR },
      secretary: { heading: 'Sekreterare', personId: DIRECTOR },
      adjuster: { heading: 'Justerare', personId: 'p-m1' },
    });
    expect(minutes.attendance.servingSubstitutes.map((s) => s.personId)).toEqual(['p-s3', 'p-s4']);
    expect(minutes.attendance.absent.map((s) => s.personId)).toEqual(['p-m4', 's-chair', 'p-s1', 'p-s2']);
  });

  it('per paragraph: the case, recommendation, jäv, serving seats, motions, question, votering, decision, reservations and notes', () => {
    const p = minutes.paragraphs[0]!;
    expect(p.recusals.entries[0]).toMatchObject({
      personId: 'p-m3',
      text: 'p-m3 anmäler jäv och deltar inte i handläggningen av ärendet.',
    });
    expect(p.serving.filter((s) => s.substitute)).toEqual([
      { seat: 'p-m3', personId: 'p-s3', substitute: true },
      { seat: 'p-m4', personId: 'p-s4', substitute: true },
    ]);
    expect(p.motions.entries[0]?.text).toBe('p-m2 yrkar avslag på ansökan.');
    expect(p.question?.text).toContain(
      'Ordföranden ställer proposition på förslaget till beslut (bifall) mot p-m2s yrkande om avslag på ansökan',
    );
    expect(p.voting?.text).toBe(
      'Votering begärs och genomförs. Ja-röst för förslaget till beslut (bifall), nej-röst för p-m2s yrkande om avslag på ansökan. ' +
        'Omröstningsresultat: 2 ja, 2 nej, 1 avstod. Ordföranden använder sin utslagsröst (ja).',
    );
    expect(p.voting?.votes.map((v) => v.voteText)).toEqual(['ja', 'ja', 'nej', 'nej', 'avstod']);
    expect(p.decision).toMatchObject({
      outcome: 'approved',
      method: 'votering',
      text: 'Styrelsen beslutar att bevilja ansökan.',
      amended: true,
    });
    expect(p.reservations.entries).toEqual([{ personId: 'p-m2', motivation: 'Utanför riktlinjerna.', motivationDueOn: '2024-03-28' }]);
    expect(p.notes.entries).toEqual([{ personId: 'p-s4', text: 'Följ upp efter ett halvår.' }]);
  });

  it('say "Omröstning" only where votering was asked for', () => {
    const acclaimed = generateMinutes(
      held([...inSession(FIVE), itemOpened(1), outcomeRecorded(1, { method: 'acclamation', tally: { yes: 0, no: 0, abstain: 0 } })]),
    );
    expect(acclaimed.paragraphs[0]?.voting).toBeNull();
    expect(renderMinutesText(acclaimed)).not.toContain('Omröstning');
  });

  it('note a reported delegated decision without a vote', () => {
    expect(minutes.paragraphs[1]).toMatchObject({ kind: 'reported_delegated_decision', voting: null, decision: { outcome: 'noted' } });
  });

  it('render in Swedish a board secretary would sign', () => {
    const text = renderMinutesText(minutes);
    for (const line of [
      'Sekreterare: u-director',
      'Tjänstgörande ersättare',
      'p-s3 tjänstgör i stället för p-m3.',
      'Proposition',
      'Omröstning',
      '- p-s4 (för p-m4): avstod',
      'Belopp: 1 234 567,50 kr (ändrade villkor)',
      'Reservationer',
      '- p-m2 reserverar sig mot beslutet: Utanför riktlinjerna.',
      'Protokollsanteckningar',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toContain('avstår');
  });
});

describe('formatSek', () => {
  it('groups thousands with spaces and writes öre with a comma', () => {
    expect(formatSek(250_000)).toBe('250 000 kr');
    expect(formatSek(0.5)).toBe('0,50 kr');
    expect(formatSek(-4_000)).toBe('-4 000 kr');
  });
});

describe('minutesSha256', () => {
  it('hashes canonical JSON: key order does not matter, content does', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }], e: undefined })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
    expect(minutesSha256(generateMinutes(held(history)))).toBe(minutesSha256(minutes));
    expect(minutesSha256({ ...minutes, location: 'Stadshuset' })).not.toBe(minutesSha256(minutes));
  });
});
