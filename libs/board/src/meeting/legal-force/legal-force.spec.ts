import { deciderSpec } from '@beslutskedjan/shared/testing';
import {
  as,
  CHAIR,
  FIVE,
  inSession,
  itemClosed,
  itemOpened,
  MEETING_ID,
  meetingClosed,
  outcomeRecorded,
} from '../../testing/board-fixtures.js';
import { meetingDecider, type MeetingCommand } from '../meeting.decider.js';
import type { MeetingEvent } from '../meeting.events.js';
import { appealEndsOn, isClosedDay, legalForceOf } from './appeal-window.js';

const spec = deciderSpec(meetingDecider);
const closed: MeetingEvent[] = [
  ...inSession(FIVE),
  itemOpened(1),
  outcomeRecorded(1),
  itemClosed(1),
  itemOpened(2),
  itemClosed(2),
  meetingClosed(),
];
const completed: MeetingEvent = {
  type: 'MinutesAttestationCompleted',
  data: { meetingId: MEETING_ID, meetingDate: '2024-03-14', attestedOn: '2024-03-20', decisions: [] },
};
const post = (now: string): MeetingCommand => ({
  type: 'PostMinutesNotice',
  data: { meetingId: MEETING_ID },
  metadata: as('u-director', 'director', now),
});
const posted: MeetingEvent = {
  type: 'MinutesNoticePosted',
  data: { meetingId: MEETING_ID, postedOn: '2024-03-21', appealEndsOn: '2024-04-11', postedBy: 'u-director' },
};

describe('From decision to laga kraft', () => {
  it('KL 8:12 – only attested minutes are posted on the notice board', () => {
    spec.given(closed).when(post('2024-03-21T08:00:00.000Z')).thenThrows('MINUTES_NOT_ATTESTED');
  });

  it('KL 13:5 – given attested minutes, when posted on the notice board, then the three-week window runs from the posting date', () => {
    spec
      .given([...closed, completed])
      .when(post('2024-03-21T08:00:00.000Z'))
      .then([posted]);
    spec
      .given([...closed, completed, posted])
      .when(post('2024-03-22T08:00:00.000Z'))
      .thenThrows('NOTICE_ALREADY_POSTED');
  });

  it('KL 13:5 and lag (1930:173) – a window ending on a weekend or holiday moves to the next working day', () => {
    expect(appealEndsOn('2026-10-02')).toBe('2026-10-23');
    expect(appealEndsOn('2026-12-05')).toBe('2026-12-28');
    expect(isClosedDay('2026-06-19')).toBe(true);
    expect(isClosedDay('2026-04-03')).toBe(true);
    expect(isClosedDay('2026-04-07')).toBe(false);
  });

  it('KL 13:5 – the decision gains laga kraft the day after the window closes, unless appealed', () => {
    expect(legalForceOf(null, null, '2024-05-01')).toEqual({ status: 'not_posted' });
    expect(legalForceOf({ appealEndsOn: '2024-04-11' }, null, '2024-04-11')).toEqual({
      status: 'appeal_window',
      appealEndsOn: '2024-04-11',
      legalForceOn: '2024-04-12',
    });
    expect(legalForceOf({ appealEndsOn: '2024-04-11' }, null, '2024-04-12')).toEqual({ status: 'legal_force', legalForceOn: '2024-04-12' });
    expect(
      legalForceOf(
        { appealEndsOn: '2024-04-11' },
        { court: 'Förvaltningsrätten i Göteborg', courtCaseNumber: '1234-24', outcome: 'pending' },
        '2024-05-01',
      ).status,
    ).toBe('appealed');
  });

  it('KL 13 kap. – an appeal is registered against a posted paragraph with court, case number and outcome', () => {
    const appeal = (outcome: 'pending' | 'rejected'): MeetingCommand => ({
      type: 'RegisterAppeal',
      data: {
        meetingId: MEETING_ID,
        itemNo: 1,
        court: 'Förvaltningsrätten i Göteborg',
        courtCaseNumber: '1234-24',
        lodgedOn: '2024-04-02',
        outcome,
      },
      metadata: as('u-director', 'director', '2024-04-03T08:00:00.000Z'),
    });
    spec
      .given([...closed, completed])
      .when(appeal('pending'))
      .thenThrows('NOTICE_NOT_POSTED');
    spec
      .given([...closed, completed, posted])
      .when(appeal('pending'))
      .then([
        {
          type: 'AppealRegistered',
          data: {
            meetingId: MEETING_ID,
            itemNo: 1,
            court: 'Förvaltningsrätten i Göteborg',
            courtCaseNumber: '1234-24',
            lodgedOn: '2024-04-02',
            outcome: 'pending',
            registeredBy: 'u-director',
          },
        },
      ]);
  });
});

describe('Omedelbar justering (KL 6:35 with 5:69–70)', () => {
  it('given a decided paragraph, when the presiding member attests it at the meeting, then its decision stands at once and is left out of the later attestation', () => {
    const history: MeetingEvent[] = [...inSession(FIVE), itemOpened(1), outcomeRecorded(1)];
    const command: MeetingCommand = {
      type: 'AttestParagraphImmediately',
      data: { meetingId: MEETING_ID, itemNo: 1 },
      metadata: as(CHAIR, 'chair'),
    };
    const state = history.reduce(meetingDecider.evolve, meetingDecider.initialState());
    const [event] = meetingDecider.decide(command, state);
    expect(event).toMatchObject({
      type: 'ParagraphAttestedImmediately',
      data: { itemNo: 1, presidingId: CHAIR, adjusterId: 'p-m1', meetingDate: '2024-03-14', decision: { outcome: 'approved' } },
    });
    const after = [...history, event!, itemClosed(1), itemOpened(2), itemClosed(2), meetingClosed()];
    const sign = (who: string): MeetingCommand => ({
      type: 'AttestMinutes',
      data: { meetingId: MEETING_ID },
      metadata: as(who, 'board_member', '2024-03-20T08:00:00.000Z'),
    });
    const first = meetingDecider.decide(sign(CHAIR), after.reduce(meetingDecider.evolve, meetingDecider.initialState()));
    const second = meetingDecider.decide(sign('p-m1'), [...after, ...first].reduce(meetingDecider.evolve, meetingDecider.initialState()));
    expect(second[1]).toMatchObject({ type: 'MinutesAttestationCompleted', data: { decisions: [] } });
  });

  it('only the presiding member attests a paragraph at once', () => {
    spec
      .given([...inSession(FIVE), itemOpened(1), outcomeRecorded(1)])
      .when({ type: 'AttestParagraphImmediately', data: { meetingId: MEETING_ID, itemNo: 1 }, metadata: as('p-m2') })
      .thenThrows('NOT_PRESIDING');
  });
});
