import type Database from 'better-sqlite3';
import type { StoredEvent } from '@beslutskedjan/event-store';
import type { Projection } from '@beslutskedjan/projections';
import { assertNever } from '@beslutskedjan/shared';
import type { MeetingEvent, VoteCast } from '../meeting/meeting.events.js';
import { MEETING_EVENT_SCHEMA_VERSIONS } from '../meeting/meeting.events.js';
import {
  AGENDA_ITEMS_TABLE,
  createMeetingsTables,
  ITEM_RECUSALS_TABLE,
  ITEM_VOTES_TABLE,
  MEETINGS_TABLE,
  MEETINGS_TABLES,
  type AgendaItemStatus,
  type MeetingStatus,
} from './meetings.schema.js';

const MEETING_TYPES: ReadonlySet<string> = new Set(Object.keys(MEETING_EVENT_SCHEMA_VERSIONS));

type MeetingKey = { tenant: string; meetingId: string };
type ItemKey = MeetingKey & { itemNo: number };
type Vote = Pick<VoteCast['data'], 'personId' | 'vote' | 'replacing'>;

const meetingWhere = 'WHERE tenant = @tenant AND meeting_id = @meetingId';
const itemWhere = `${meetingWhere} AND item_no = @itemNo`;
// The voter's seat, looked up in the board as recorded when the meeting opened.
const seatOf = `(SELECT json_extract(s.value, '$.position') FROM ${MEETINGS_TABLE} m, json_each(m.board_json) s
  WHERE m.tenant = @tenant AND m.meeting_id = @meetingId AND json_extract(s.value, '$.personId') = @personId LIMIT 1)`;

function prepareAll(db: Database.Database) {
  return {
    schedule: db.prepare<MeetingKey & { date: string; label: string; location: string | null; scheduledBy: string; at: string }>(
      `INSERT INTO ${MEETINGS_TABLE} (tenant, meeting_id, date, label, location, status, scheduled_by, scheduled_at)
       VALUES (@tenant, @meetingId, @date, @label, @location, 'scheduled', @scheduledBy, @at)
       ON CONFLICT (tenant, meeting_id) DO NOTHING`,
    ),
    addItem: db.prepare<
      ItemKey & {
        kind: string;
        applicationId: string;
        caseNumber: string;
        title: string;
        preparedBy: string;
        recommendation: string;
        motivation: string;
        termsJson: string | null;
        at: string;
      }
    >(
      `INSERT INTO ${AGENDA_ITEMS_TABLE}
         (tenant, meeting_id, item_no, kind, application_id, case_number, title, prepared_by, recommendation, motivation, terms_json,
          status, added_at)
       VALUES (@tenant, @meetingId, @itemNo, @kind, @applicationId, @caseNumber, @title, @preparedBy, @recommendation, @motivation,
          @termsJson, 'pending', @at)
       ON CONFLICT (tenant, meeting_id, item_no) DO NOTHING`,
    ),
    removeItem: db.prepare<ItemKey>(
      `DELETE FROM ${AGENDA_ITEMS_TABLE} WHERE tenant = @tenant AND meeting_id = @meetingId AND item_no = @itemNo`,
    ),
    open: db.prepare<MeetingKey & { presentJson: string; adjusterId: string; boardJson: string; at: string }>(
      `UPDATE ${MEETINGS_TABLE}
          SET status = 'open', present_json = @presentJson, adjuster_id = @adjusterId, board_json = @boardJson, opened_at = @at
        ${meetingWhere}`,
    ),
    setMeetingStatus: db.prepare<MeetingKey & { status: MeetingStatus; at: string }>(
      `UPDATE ${MEETINGS_TABLE}
          SET status = @status, closed_at = CASE WHEN @status = 'closed' THEN @at ELSE closed_at END ${meetingWhere}`,
    ),
    setItemStatus: db.prepare<ItemKey & { status: AgendaItemStatus; at: string }>(
      `UPDATE ${AGENDA_ITEMS_TABLE}
          SET status = @status, opened_at = CASE WHEN @status = 'open' THEN @at ELSE opened_at END ${itemWhere}`,
    ),
    recuse: db.prepare<ItemKey & { personId: string; reason: string }>(
      `INSERT INTO ${ITEM_RECUSALS_TABLE} (tenant, meeting_id, item_no, person_id, reason)
       VALUES (@tenant, @meetingId, @itemNo, @personId, @reason)
       ON CONFLICT (tenant, meeting_id, item_no, person_id) DO UPDATE SET reason = excluded.reason`,
    ),
    vote: db.prepare<ItemKey & Vote>(
      `INSERT INTO ${ITEM_VOTES_TABLE} (tenant, meeting_id, item_no, person_id, vote, replacing, position)
       VALUES (@tenant, @meetingId, @itemNo, @personId, @vote, @replacing, ${seatOf})
       ON CONFLICT (tenant, meeting_id, item_no, person_id) DO UPDATE SET vote = excluded.vote, replacing = excluded.replacing`,
    ),
    outcome: db.prepare<
      ItemKey & {
        outcome: string;
        termsJson: string | null;
        motivation: string | null;
        amended: 0 | 1;
        tallyJson: string;
        quorumJson: string;
        policyJson: string | null;
        recordedBy: string;
        method: string;
        presidingId: string;
        castingVote: string | null;
        servingJson: string;
      }
    >(
      `UPDATE ${AGENDA_ITEMS_TABLE}
          SET status = 'outcome_recorded', outcome = @outcome, outcome_terms_json = @termsJson, outcome_motivation = @motivation,
              amended = @amended, tally_json = @tallyJson, quorum_json = @quorumJson, policy_json = @policyJson, recorded_by = @recordedBy,
              method = @method, presiding_id = @presidingId, casting_vote = @castingVote, serving_json = @servingJson
        ${itemWhere}`,
    ),
    attestedImmediately: db.prepare<ItemKey & { attestedOn: string }>(
      `UPDATE ${AGENDA_ITEMS_TABLE} SET attested_immediately_on = @attestedOn ${itemWhere}`,
    ),
    notice: db.prepare<MeetingKey & { postedOn: string; appealEndsOn: string }>(
      `UPDATE ${MEETINGS_TABLE} SET posted_on = @postedOn, appeal_ends_on = @appealEndsOn ${meetingWhere}`,
    ),
    votering: db.prepare<ItemKey & { personId: string }>(`UPDATE ${AGENDA_ITEMS_TABLE} SET votering_requested_by = @personId ${itemWhere}`),
    appeal: db.prepare<ItemKey & { appealJson: string }>(`UPDATE ${AGENDA_ITEMS_TABLE} SET appeal_json = @appealJson ${itemWhere}`),
    attest: db.prepare<MeetingKey & { as: 'chair' | 'adjuster'; personId: string; attestedOn: string }>(
      `UPDATE ${MEETINGS_TABLE}
          SET chair_attested_by = CASE WHEN @as = 'chair' THEN @personId ELSE chair_attested_by END,
              chair_attested_on = CASE WHEN @as = 'chair' THEN @attestedOn ELSE chair_attested_on END,
              adjuster_attested_by = CASE WHEN @as = 'adjuster' THEN @personId ELSE adjuster_attested_by END,
              adjuster_attested_on = CASE WHEN @as = 'adjuster' THEN @attestedOn ELSE adjuster_attested_on END
        ${meetingWhere}`,
    ),
    attested: db.prepare<MeetingKey & { attestedOn: string }>(
      `UPDATE ${MEETINGS_TABLE} SET status = 'attested', attested_on = @attestedOn ${meetingWhere}`,
    ),
  };
}

type Statements = ReturnType<typeof prepareAll>;
const cache = new WeakMap<Database.Database, Statements>();
const statements = (db: Database.Database): Statements => {
  let s = cache.get(db);
  if (s === undefined) cache.set(db, (s = prepareAll(db)));
  return s;
};

/** Board meetings with their agenda, votes and recusals, as the chair runs them and the minutes record them. */
export const meetingsProjection: Projection = {
  name: 'meetings',
  // v2: yes/no votes, the presiding member, the notice board (anslag) and appeals.
  version: 2,
  tables: MEETINGS_TABLES,
  init: createMeetingsTables,
  apply(db, stored: StoredEvent) {
    if (!MEETING_TYPES.has(stored.type)) return;
    applyMeetingEvent(statements(db), stored.metadata.tenant, stored.metadata.occurredAt, {
      type: stored.type,
      data: stored.data,
    } as MeetingEvent);
  },
};

function applyMeetingEvent(s: Statements, tenant: string, at: string, event: MeetingEvent): void {
  const meeting = { tenant, meetingId: event.data.meetingId };
  switch (event.type) {
    case 'BoardMeetingScheduled': {
      const { date, label, location, scheduledBy } = event.data;
      s.schedule.run({ ...meeting, date, label, location, scheduledBy, at });
      return;
    }
    case 'AgendaItemAdded': {
      const { itemNo, kind, case: c } = event.data;
      s.addItem.run({
        ...meeting,
        itemNo,
        kind,
        applicationId: c.applicationId,
        caseNumber: c.caseNumber,
        title: c.title,
        preparedBy: c.preparedBy,
        recommendation: c.recommendation,
        motivation: c.motivation,
        termsJson: c.terms === null ? null : JSON.stringify(c.terms),
        at,
      });
      return;
    }
    // Removed before the meeting opened, the item has nothing but its row.
    case 'AgendaItemRemoved':
      s.removeItem.run({ ...meeting, itemNo: event.data.itemNo });
      return;
    case 'BoardMeetingOpened': {
      const { present, adjusterId, board } = event.data;
      s.open.run({ ...meeting, presentJson: JSON.stringify(present), adjusterId, boardJson: JSON.stringify(board), at });
      return;
    }
    case 'AgendaItemOpened':
      s.setItemStatus.run({ ...meeting, itemNo: event.data.itemNo, status: 'open', at });
      return;
    case 'RecusalDeclared': {
      const { itemNo, personId, reason } = event.data;
      s.recuse.run({ ...meeting, itemNo, personId, reason });
      return;
    }
    case 'VoteCast': {
      const { itemNo, personId, vote, replacing } = event.data;
      s.vote.run({ ...meeting, itemNo, personId, vote, replacing });
      return;
    }
    case 'OutcomeRecorded': {
      const d = event.data;
      const item = { ...meeting, itemNo: d.itemNo };
      s.outcome.run({
        ...item,
        outcome: d.outcome,
        termsJson: d.terms === null ? null : JSON.stringify(d.terms),
        motivation: d.motivation,
        amended: d.amended ? 1 : 0,
        tallyJson: JSON.stringify(d.tally),
        quorumJson: JSON.stringify(d.quorum),
        policyJson: d.policy === null ? null : JSON.stringify(d.policy),
        recordedBy: d.recordedBy,
        method: d.method,
        presidingId: d.presidingId,
        castingVote: d.castingVote,
        servingJson: JSON.stringify(d.serving),
      });
      // The outcome carries the final votes and recusals: they are the record, whatever was cast before.
      for (const r of d.recusals) s.recuse.run({ ...item, personId: r.personId, reason: r.reason });
      for (const v of d.votes) s.vote.run({ ...item, personId: v.personId, vote: v.vote, replacing: v.replacing });
      return;
    }
    case 'AgendaItemClosed':
      s.setItemStatus.run({ ...meeting, itemNo: event.data.itemNo, status: 'closed', at });
      return;
    case 'BoardMeetingClosed':
      s.setMeetingStatus.run({ ...meeting, status: 'closed', at });
      return;
    case 'MinutesAttested': {
      const { personId, as, attestedOn } = event.data;
      s.attest.run({ ...meeting, as, personId, attestedOn });
      return;
    }
    case 'MinutesAttestationCompleted':
      s.attested.run({ ...meeting, attestedOn: event.data.attestedOn });
      return;
    case 'ParagraphAttestedImmediately':
      s.attestedImmediately.run({ ...meeting, itemNo: event.data.itemNo, attestedOn: event.data.attestedOn });
      return;
    case 'MinutesNoticePosted':
      s.notice.run({ ...meeting, postedOn: event.data.postedOn, appealEndsOn: event.data.appealEndsOn });
      return;
    case 'AppealRegistered': {
      const { itemNo, court, courtCaseNumber, lodgedOn, outcome } = event.data;
      s.appeal.run({ ...meeting, itemNo, appealJson: JSON.stringify({ court, courtCaseNumber, lodgedOn, outcome }) });
      return;
    }
    // The stream keeps motions, questions, reservations and notes; the minutes are generated from it.
    case 'VoteringRequested':
      s.votering.run({ ...meeting, itemNo: event.data.itemNo, personId: event.data.personId });
      return;
    case 'ChairForTheDayChosen':
    case 'MotionMoved':
    case 'QuestionPut':
    case 'ReservationRecorded':
    case 'ProtocolNoteRecorded':
      return;
    default:
      assertNever(event);
  }
}
