import { deciderSpec } from '@beslutskedjan/shared/testing';
import {
  as,
  attested,
  CHAIR,
  FIVE,
  inSession,
  itemAdded,
  itemClosed,
  itemOpened,
  meetingClosed,
  MEETING_DATE,
  MEETING_ID,
  outcomeRecorded,
  scheduled,
  terms,
} from '../../testing/board-fixtures.js';
import { meetingDecider } from '../meeting.decider.js';
import type { MeetingEvent } from '../meeting.events.js';
import type { HeldMeeting } from '../meeting.state.js';
import { generateMinutes } from '../minutes/generate-minutes.js';
import { minutesSha256 } from '../minutes/minutes-hash.js';
import type { AttestMinutes } from './attest-minutes.command.js';

const spec = deciderSpec(meetingDecider);
const ATTEST_NOW = '2024-03-20T14:00:00.000Z';

const attest = (personId: string): AttestMinutes => ({
  type: 'AttestMinutes',
  data: { meetingId: MEETING_ID },
  metadata: as(personId, personId === CHAIR ? 'chair' : 'board_member', ATTEST_NOW),
});

const closed: MeetingEvent[] = [
  scheduled(),
  itemAdded(1),
  itemAdded(2, {}, 'reported_delegated_decision'),
  itemAdded(3, { caseNumber: '2024/0050' }),
  ...inSession(FIVE).slice(3),
  itemOpened(1),
  outcomeRecorded(1, { amended: true, terms: terms(200_000), motivation: 'Sänkt belopp' }),
  itemClosed(1),
  itemOpened(2),
  itemClosed(2),
  itemOpened(3),
  outcomeRecorded(3, { outcome: 'tabled', terms: null }),
  itemClosed(3),
  meetingClosed(),
];
const HASH = minutesSha256(generateMinutes(closed.reduce(meetingDecider.evolve, meetingDecider.initialState()) as HeldMeeting));

describe('AttestMinutes', () => {
  it('records the first signature with the hash of the minutes signed', () => {
    spec
      .given(closed)
      .when(attest(CHAIR))
      .then([
        {
          type: 'MinutesAttested',
          data: { meetingId: MEETING_ID, personId: CHAIR, as: 'chair', attestedOn: '2024-03-20', minutesSha256: HASH },
        },
      ]);
  });

  it('completes the attestation with the second signature, carrying every decision', () => {
    spec
      .given([...closed, attested(CHAIR, 'chair', HASH)])
      .when(attest('p-m1'))
      .then([
        {
          type: 'MinutesAttested',
          data: { meetingId: MEETING_ID, personId: 'p-m1', as: 'adjuster', attestedOn: '2024-03-20', minutesSha256: HASH },
        },
        {
          type: 'MinutesAttestationCompleted',
          data: {
            meetingId: MEETING_ID,
            meetingDate: MEETING_DATE,
            attestedOn: '2024-03-20',
            decisions: [
              {
                itemNo: 1,
                applicationId: 'app-1',
                caseNumber: '2024/0042',
                outcome: 'approved',
                terms: terms(200_000),
                motivation: 'Sänkt belopp',
              },
              { itemNo: 3, applicationId: 'app-3', caseNumber: '2024/0050', outcome: 'tabled', terms: null, motivation: null },
            ],
          },
        },
      ]);
  });

  it('lets the adjuster sign first', () => {
    spec
      .given(closed)
      .when(attest('p-m1'))
      .then([expect.objectContaining({ data: expect.objectContaining({ as: 'adjuster' }) })]);
  });

  it('refuses before the meeting is closed', () => {
    spec.given(inSession(FIVE)).when(attest(CHAIR)).thenThrows('MEETING_NOT_CLOSED', 'rule');
    spec.given([scheduled()]).when(attest(CHAIR)).thenThrows('MEETING_NOT_CLOSED', 'rule');
    spec.given([]).when(attest(CHAIR)).thenThrows('MEETING_NOT_FOUND', 'not_found');
  });

  it('signs only the text the signer read: a hash given must be the minutes as they are now', () => {
    const read = { ...attest(CHAIR), data: { meetingId: MEETING_ID, minutesSha256: HASH } };
    spec
      .given(closed)
      .when(read)
      .then([expect.objectContaining({ data: expect.objectContaining({ minutesSha256: HASH }) })]);
    spec
      .given(closed)
      .when({ ...read, data: { meetingId: MEETING_ID, minutesSha256: '0'.repeat(64) } })
      .thenThrows('MINUTES_CHANGED', 'rule');
  });

  it('refuses anyone but the chair and the adjuster', () => {
    spec.given(closed).when(attest('p-m2')).thenThrows('NOT_A_SIGNATORY', 'rule');
  });

  it('takes each signature once', () => {
    spec
      .given([...closed, attested(CHAIR, 'chair', HASH)])
      .when(attest(CHAIR))
      .thenThrows('ALREADY_ATTESTED', 'rule');
    const done = meetingDecider.decide(
      attest('p-m1'),
      [...closed, attested(CHAIR, 'chair', HASH)].reduce(meetingDecider.evolve, meetingDecider.initialState()),
    );
    spec
      .given([...closed, attested(CHAIR, 'chair', HASH), ...done])
      .when(attest('p-m1'))
      .thenThrows('ALREADY_ATTESTED');
  });
});
