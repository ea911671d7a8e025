import type { Actor, StoredEvent } from '@beslutskedjan/event-store';
import type { DomainEvent } from '@beslutskedjan/shared';
import * as app from '@beslutskedjan/application/testing';
import * as board from '@beslutskedjan/board/testing';
import type { CaseStreams } from '../timeline/build-case-timeline.js';

const member = (userId: string): Actor => ({ userId, role: 'board_member' });

/**
 * One case (app-1) through a meeting, as stored events in commit order: submitted, screened, taken,
 * recommended, put on the agenda (item 1, next to another case's item 2), a recusal, three votes,
 * the outcome, attestation and the decision taking effect.
 */
export function caseHistory(): CaseStreams {
  let position = 0n;
  const revisions = new Map<string, number>();
  const stored = (streamId: string, event: DomainEvent, actor: Actor, occurredAt: string): StoredEvent => {
    const revision = (revisions.get(streamId) ?? -1) + 1;
    revisions.set(streamId, revision);
    position += 1n;
    return {
      ...event,
      eventId: `e-${position}`,
      streamId,
      revision,
      position,
      metadata: { tenant: 't1', actor, correlationId: 'c', causationId: null, occurredAt, schemaVersion: 1 },
    };
  };
  const A = 't1/application-app-1';
  const M = `t1/meeting-${board.MEETING_ID}`;
  const director = { userId: app.DIRECTOR, role: 'director' } as const;
  const chair = { userId: board.CHAIR, role: 'chair' } as const;
  const application: StoredEvent[] = [];
  const meeting: StoredEvent[] = [];
  application.push(stored(A, app.submitted(), { userId: app.APPLICANT, role: 'applicant' }, '2024-02-10T09:00:00.000Z'));
  application.push(stored(A, app.screened(), { userId: 'system', role: 'system' }, '2024-02-10T09:00:00.000Z'));
  application.push(stored(A, app.taken(), director, '2024-02-12T09:00:00.000Z'));
  application.push(stored(A, app.recommended(), director, '2024-02-20T09:00:00.000Z'));
  const [scheduled, item1, item2, opened] = board.inSession();
  meeting.push(stored(M, scheduled!, director, '2024-02-21T09:00:00.000Z'));
  meeting.push(stored(M, item1!, director, '2024-02-21T09:05:00.000Z'));
  meeting.push(stored(M, item2!, director, '2024-02-21T09:06:00.000Z'));
  meeting.push(stored(M, opened!, chair, '2024-03-14T13:00:00.000Z'));
  meeting.push(stored(M, board.itemOpened(1), chair, '2024-03-14T13:01:00.000Z'));
  meeting.push(stored(M, board.recusal(1, 'p-m3', 'Närstående till sökande'), member('p-m3'), '2024-03-14T13:02:00.000Z'));
  for (const id of [board.CHAIR, 'p-m1', 'p-m2'])
    meeting.push(stored(M, board.voted(1, id, 'yes'), member(id), '2024-03-14T13:03:00.000Z'));
  const votes = [board.CHAIR, 'p-m1', 'p-m2'].map((personId) => ({ personId, vote: 'yes' as const, replacing: null }));
  meeting.push(
    stored(
      M,
      board.outcomeRecorded(1, {
        votes,
        recusals: [{ personId: 'p-m3', reason: 'Närstående till sökande' }],
        motivation: 'Enligt förslaget, med "citat", komma och\nny rad.',
      }),
      chair,
      '2024-03-14T13:05:00.000Z',
    ),
  );
  meeting.push(stored(M, board.itemClosed(1), chair, '2024-03-14T13:06:00.000Z'));
  meeting.push(stored(M, board.itemOpened(2), chair, '2024-03-14T13:07:00.000Z'));
  meeting.push(stored(M, board.itemClosed(2), chair, '2024-03-14T13:08:00.000Z'));
  meeting.push(stored(M, board.meetingClosed(), chair, '2024-03-14T14:00:00.000Z'));
  meeting.push(stored(M, board.attested(board.CHAIR, 'chair', 'a'.repeat(64)), chair, '2024-03-20T08:00:00.000Z'));
  meeting.push(stored(M, board.attested('p-m1', 'adjuster', 'a'.repeat(64)), member('p-m1'), '2024-03-20T09:00:00.000Z'));
  application.push(
    stored(
      A,
      {
        type: 'BoardDecisionTookEffect',
        data: {
          applicationId: 'app-1',
          meetingId: board.MEETING_ID,
          itemNo: 1,
          outcome: 'approved',
          terms: board.terms(),
          motivation: null,
          meetingDate: board.MEETING_DATE,
          attestedOn: '2024-03-20',
        },
      },
      { userId: 'system', role: 'system' },
      '2024-03-20T09:00:00.000Z',
    ),
  );
  return { applicationId: 'app-1', application, meetings: [meeting], initiative: [] };
}

/** Names as the directory would give them; p-m3 has been erased. */
export const names = (userId: string): string =>
  ({
    [app.APPLICANT]: 'Åsa Sökande',
    [app.DIRECTOR]: 'Örjan Förbundschef',
    [board.CHAIR]: 'Ärla Ordförande',
    'p-m3': '[raderad person]',
    system: 'Systemet',
  })[userId] ?? userId;
