import {
  CHAIR,
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

const history: MeetingEvent[] = [
  ...inSession([CHAIR, 'p-m1', 'p-m2', 'p-m3']),
  itemOpened(1),
  recusal(1, 'p-m3', 'Närstående till sökande'),
  voted(1, CHAIR, 'approve'),
  voted(1, 'p-m1', 'approve'),
  voted(1, 'p-m2', 'reject'),
  outcomeRecorded(1, {
    tally: { approve: 2, reject: 1, abstain: 0 },
    terms: terms(1_234_567.5),
    amended: true,
    motivation: 'Beloppet höjs',
    quorum: { members: 5, participating: 3, required: 3 },
    policy: POLICY,
  }),
  itemClosed(1),
  itemOpened(2),
  itemClosed(2),
];
const minutes = generateMinutes(held(history));

describe('generateMinutes', () => {
  it('heads the minutes and lists who was there, who adjusts and who chairs', () => {
    expect(minutes).toMatchObject({
      schema: 1,
      heading: 'Protokoll',
      meetingId: MEETING_ID,
      date: MEETING_DATE,
      label: 'Styrelsemöte mars',
      location: 'Kommunhuset',
      chair: { heading: 'Ordförande', personId: CHAIR },
      adjuster: { heading: 'Justerare', personId: 'p-m1' },
    });
    expect(minutes.attendance.heading).toBe('Närvarande');
    expect(minutes.attendance.present.map((s) => [s.personId, s.positionText])).toEqual([
      [CHAIR, 'ordförande'],
      ['p-m1', 'ledamot'],
      ['p-m2', 'ledamot'],
      ['p-m3', 'ledamot'],
    ]);
    expect(minutes.attendance.absent.map((s) => s.personId)).toEqual(['p-m4', 's-chair', 'p-s1', 'p-s2', 'p-s3', 'p-s4']);
  });

  it('writes a decision paragraph with recommendation, recusals, vote and decision on amended terms', () => {
    expect(minutes.paragraphs[0]).toEqual({
      heading: '§ 1',
      itemNo: 1,
      kind: 'decision',
      caseNumber: '2024/0042',
      applicationId: 'app-1',
      title: 'Handledare på socialt företag',
      preparedBy: 'u-director',
      recommendation: {
        text: 'Förslag till beslut: bifall',
        motivation: 'Uppfyller riktlinjerna.',
        terms: { amountSek: 250_000, amount: '250 000 kr', period: '2024-04-01 – 2025-03-31', conditions: ['Lägesrapport varje halvår'] },
      },
      recusals: { heading: 'Jäv', entries: [{ personId: 'p-m3', reason: 'Närstående till sökande' }] },
      voting: {
        heading: 'Omröstning',
        tally: { approve: 2, reject: 1, abstain: 0 },
        votes: [
          { personId: CHAIR, vote: 'approve', voteText: 'bifall', replacing: null },
          { personId: 'p-m1', vote: 'approve', voteText: 'bifall', replacing: null },
          { personId: 'p-m2', vote: 'reject', voteText: 'avslag', replacing: null },
        ],
        quorum: { members: 5, participating: 3, required: 3 },
      },
      decision: {
        heading: 'Beslut',
        outcome: 'approved',
        text: 'Styrelsen beslutar att bevilja ansökan.',
        terms: {
          amountSek: 1_234_567.5,
          amount: '1 234 567,50 kr',
          period: '2024-04-01 – 2025-03-31',
          conditions: ['Lägesrapport varje halvår'],
        },
        amended: true,
        motivation: 'Beloppet höjs',
        policy: POLICY,
      },
    });
  });

  it('notes a reported delegated decision without a vote', () => {
    expect(minutes.paragraphs[1]).toMatchObject({
      heading: '§ 2',
      kind: 'reported_delegated_decision',
      voting: null,
      decision: { outcome: 'noted', text: 'Anmälan av delegationsbeslutet läggs till handlingarna.', terms: null },
    });
  });

  it('marks an item not yet decided in draft minutes', () => {
    const draft = generateMinutes(held([...inSession(FIVE), itemOpened(1)]));
    expect(draft.paragraphs[0]?.decision).toMatchObject({ outcome: 'undecided', terms: null, policy: null });
    expect(draft.chair.personId).toBe(CHAIR);
  });

  it('renders the Swedish text', () => {
    const text = renderMinutesText(minutes);
    for (const line of [
      'Protokoll – Styrelsemöte mars',
      'Justerare: p-m1',
      'Närvarande',
      '§ 1 2024/0042 Handledare på socialt företag',
      'Jäv',
      'Omröstning: 2 bifall, 1 avslag, 0 avstår',
      'Beslut',
      'Belopp: 1 234 567,50 kr (ändrade villkor)',
      'Riktlinje: Riktlinjer för ASF (version 4)',
    ]) {
      expect(text).toContain(line);
    }
  });
});

describe('formatSek', () => {
  it('groups thousands with spaces and writes öre with a comma', () => {
    expect(formatSek(250_000)).toBe('250 000 kr');
    expect(formatSek(999)).toBe('999 kr');
    expect(formatSek(1_000)).toBe('1 000 kr');
    expect(formatSek(12_500_000)).toBe('12 500 000 kr');
    expect(formatSek(0.5)).toBe('0,50 kr');
    expect(formatSek(-4_000)).toBe('-4 000 kr');
  });
});

describe('minutesSha256', () => {
  it('hashes canonical JSON: key order does not matter, content does', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }], e: undefined })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
    expect(minutesSha256(minutes)).toMatch(/^[0-9a-f]{64}$/);
    expect(minutesSha256({ ...minutes })).toBe(minutesSha256(minutes));
    expect(minutesSha256(generateMinutes(held(history)))).toBe(minutesSha256(minutes));
    expect(minutesSha256({ ...minutes, location: 'Stadshuset' })).not.toBe(minutesSha256(minutes));
  });
});
