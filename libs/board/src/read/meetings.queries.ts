import type Database from 'better-sqlite3';
import type { ApprovalTerms, PolicyVersionRef } from '@beslutskedjan/application';
import type { BoardPosition, BoardSeat } from '../composition/board.events.js';
import type { Quorum, Tally } from '../meeting/meeting.events.js';
import {
  AGENDA_ITEMS_TABLE,
  ITEM_RECUSALS_TABLE,
  ITEM_VOTES_TABLE,
  MEETINGS_TABLE,
  type AgendaItemStatus,
  type MeetingStatus,
} from './meetings.schema.js';

export interface MeetingSummary {
  meetingId: string;
  date: string;
  label: string;
  location: string | null;
  status: MeetingStatus;
  itemCount: number;
}

export interface MeetingView extends Omit<MeetingSummary, 'itemCount'> {
  scheduledAt: string;
  /** Set once the meeting is opened. */
  present: string[] | null;
  adjusterId: string | null;
  board: BoardSeat[] | null;
  openedAt: string | null;
  closedAt: string | null;
  attestation: {
    chair: { personId: string; attestedOn: string | null } | null;
    adjuster: { personId: string; attestedOn: string | null } | null;
    completedOn: string | null;
  };
  /** The day the attested minutes were announced on the notice board (anslag), if they have been. */
  postedOn: string | null;
}

export interface ItemVoteView {
  personId: string;
  /** Null until the item's outcome is recorded: who has voted is known while the vote runs, not how (as in the meeting room). */
  vote: 'yes' | 'no' | 'abstain' | null;
  replacing: string | null;
  position: BoardPosition | null;
}

export interface AgendaItemView {
  itemNo: number;
  kind: 'decision' | 'reported_delegated_decision';
  applicationId: string;
  caseNumber: string;
  title: string;
  preparedBy: string;
  recommendation: 'approve' | 'reject';
  motivation: string;
  terms: ApprovalTerms | null;
  status: AgendaItemStatus;
  openedAt: string | null;
  outcome: {
    outcome: 'approved' | 'rejected' | 'referred_back' | 'tabled';
    terms: ApprovalTerms | null;
    motivation: string | null;
    amended: boolean;
    tally: Tally;
    quorum: Quorum;
    policy: PolicyVersionRef | null;
    recordedBy: string | null;
  } | null;
  votes: ItemVoteView[];
  recusals: Array<{ personId: string; reason: string }>;
}

export interface MeetingDetail {
  meeting: MeetingView;
  items: AgendaItemView[];
}

export interface MeetingListFilter {
  /** Inclusive YYYY-MM-DD bounds on the meeting date. */
  from?: string;
  to?: string;
  status?: MeetingStatus | readonly MeetingStatus[];
}

export interface MeetingRow {
  meeting_id: string;
  date: string;
  label: string;
  location: string | null;
  status: MeetingStatus;
  scheduled_at: string;
  present_json: string | null;
  adjuster_id: string | null;
  board_json: string | null;
  opened_at: string | null;
  closed_at: string | null;
  chair_attested_by: string | null;
  chair_attested_on: string | null;
  adjuster_attested_by: string | null;
  adjuster_attested_on: string | null;
  attested_on: string | null;
  posted_on?: string | null;
}

/** The tenant's meetings ordered by date. */
export function listMeetings(db: Database.Database, tenant: string, filter: MeetingListFilter = {}): MeetingSummary[] {
  const clauses = ['m.tenant = ?'];
  const params: string[] = [tenant];
  if (filter.from !== undefined) {
    clauses.push('m.date >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    clauses.push('m.date <= ?');
    params.push(filter.to);
  }
  const statuses = filter.status === undefined ? [] : typeof filter.status === 'string' ? [filter.status] : [...filter.status];
  if (statuses.length > 0) {
    clauses.push(`m.status IN (${statuses.map(() => '?').join(', ')})`);
    params.push(...statuses);
  }
  return db
    .prepare<string[], MeetingRow & { item_count: number }>(
      `SELECT m.*, (SELECT COUNT(*) FROM ${AGENDA_ITEMS_TABLE} i WHERE i.tenant = m.tenant AND i.meeting_id = m.meeting_id) AS item_count
         FROM ${MEETINGS_TABLE} m WHERE ${clauses.join(' AND ')} ORDER BY m.date, m.meeting_id`,
    )
    .all(...params)
    .map((row) => ({
      meetingId: row.meeting_id,
      date: row.date,
      label: row.label,
      location: row.location,
      status: row.status,
      itemCount: row.item_count,
    }));
}

/** One meeting with its agenda in item order, each item with its votes and recusals; null if unknown. */
export function getMeeting(db: Database.Database, tenant: string, meetingId: string): MeetingDetail | null {
  const key = [tenant, meetingId] as const;
  const row = db.prepare<[string, string], MeetingRow>(`SELECT * FROM ${MEETINGS_TABLE} WHERE tenant = ? AND meeting_id = ?`).get(...key);
  if (row === undefined) return null;
  const scoped = 'WHERE tenant = ? AND meeting_id = ?';
  const votes = groupByItem(
    db.prepare<[string, string], VoteRow>(`SELECT * FROM ${ITEM_VOTES_TABLE} ${scoped} ORDER BY item_no, person_id`).all(...key),
  );
  const recusals = groupByItem(
    db.prepare<[string, string], RecusalRow>(`SELECT * FROM ${ITEM_RECUSALS_TABLE} ${scoped} ORDER BY item_no, person_id`).all(...key),
  );
  const items = db
    .prepare<[string, string], ItemRow>(`SELECT * FROM ${AGENDA_ITEMS_TABLE} ${scoped} ORDER BY item_no`)
    .all(...key)
    .map((item) => toItem(item, votes.get(item.item_no) ?? [], recusals.get(item.item_no) ?? []));
  return { meeting: toMeetingView(row), items };
}

export function toMeetingView(row: MeetingRow): MeetingView {
  return {
    meetingId: row.meeting_id,
    date: row.date,
    label: row.label,
    location: row.location,
    status: row.status,
    scheduledAt: row.scheduled_at,
    present: parseOrNull(row.present_json),
    adjusterId: row.adjuster_id,
    board: parseOrNull(row.board_json),
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    attestation: {
      chair: row.chair_attested_by === null ? null : { personId: row.chair_attested_by, attestedOn: row.chair_attested_on },
      adjuster: row.adjuster_attested_by === null ? null : { personId: row.adjuster_attested_by, attestedOn: row.adjuster_attested_on },
      completedOn: row.attested_on,
    },
    postedOn: row.posted_on ?? null,
  };
}

interface VoteRow {
  item_no: number;
  person_id: string;
  vote: NonNullable<ItemVoteView['vote']>;
  replacing: string | null;
  position: BoardPosition | null;
}
interface RecusalRow {
  item_no: number;
  person_id: string;
  reason: string;
}
interface ItemRow {
  item_no: number;
  kind: AgendaItemView['kind'];
  application_id: string;
  case_number: string;
  title: string;
  prepared_by: string;
  recommendation: 'approve' | 'reject';
  motivation: string;
  terms_json: string | null;
  status: AgendaItemStatus;
  opened_at: string | null;
  outcome: NonNullable<AgendaItemView['outcome']>['outcome'] | null;
  outcome_terms_json: string | null;
  outcome_motivation: string | null;
  amended: 0 | 1 | null;
  tally_json: string | null;
  quorum_json: string | null;
  policy_json: string | null;
  recorded_by: string | null;
}

function groupByItem<R extends { item_no: number }>(rows: R[]): Map<number, R[]> {
  const byItem = new Map<number, R[]>();
  for (const row of rows) byItem.set(row.item_no, [...(byItem.get(row.item_no) ?? []), row]);
  return byItem;
}

function toItem(row: ItemRow, votes: VoteRow[], recusals: RecusalRow[]): AgendaItemView {
  return {
    itemNo: row.item_no,
    kind: row.kind,
    applicationId: row.application_id,
    caseNumber: row.case_number,
    title: row.title,
    preparedBy: row.prepared_by,
    recommendation: row.recommendation,
    motivation: row.motivation,
    terms: parseOrNull(row.terms_json),
    status: row.status,
    openedAt: row.opened_at,
    outcome:
      row.outcome === null || row.tally_json === null || row.quorum_json === null
        ? null
        : {
            outcome: row.outcome,
            terms: parseOrNull(row.outcome_terms_json),
            motivation: row.outcome_motivation,
            amended: row.amended === 1,
            tally: JSON.parse(row.tally_json) as Tally,
            quorum: JSON.parse(row.quorum_json) as Quorum,
            policy: parseOrNull(row.policy_json),
            recordedBy: row.recorded_by,
          },
    votes: votes.map((v) => ({
      personId: v.person_id,
      vote: row.outcome === null ? null : v.vote,
      replacing: v.replacing,
      position: v.position,
    })),
    recusals: recusals.map((r) => ({ personId: r.person_id, reason: r.reason })),
  };
}

function parseOrNull<T>(json: string | null): T | null {
  return json === null ? null : (JSON.parse(json) as T);
}
