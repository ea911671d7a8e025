import type Database from 'better-sqlite3';
import { CASE_SUPPLEMENTS_TABLE, CASES_TABLE, type CaseStatus } from '@beslutskedjan/application';
import type { Role } from '@beslutskedjan/shared';
import type { BoardSeat } from '../composition/board.events.js';
import { deadlineItems, type DeadlineSources } from './inbox.deadlines.js';
import { type InboxTitle, inboxTitles } from './inbox.titles.js';
import { AGENDA_ITEMS_TABLE, ITEM_RECUSALS_TABLE, ITEM_VOTES_TABLE, MEETINGS_TABLE } from './meetings.schema.js';

export type InboxKind =
  | 'case_to_prepare'
  | 'case_in_preparation'
  | 'case_running_late'
  | 'supplement_received'
  | 'supplement_pending'
  | 'follow_up_due'
  | 'case_ready_for_agenda'
  | 'vote_pending'
  | 'meeting_upcoming'
  | 'minutes_to_attest';

export interface InboxItem {
  kind: InboxKind;
  title: InboxTitle;
  applicationId?: string;
  caseNumber?: string;
  meetingId?: string;
  itemNo?: number;
  /** A follow-up item: the funded initiative and the item's number in its plan. */
  initiativeId?: string;
  followUpNo?: number;
  /** A follow-up item's due date (YYYY-MM-DD), as the events last set it. */
  dueDate?: string;
  /** Which of the follow-up reminders has fallen due last: due soon, due today, overdue (escalated to the board). */
  step?: 'due_soon' | 'due_today' | 'overdue';
  /** When the item began waiting (ISO 8601 timestamp); for a deadline, when it fell due. */
  since: string;
}

export interface InboxPrincipal {
  userId: string;
  roles: readonly Role[];
}

/** How far ahead a scheduled meeting shows in the inbox. */
export const UPCOMING_MEETING_DAYS = 14;

/**
 * What waits for this person, derived from the read models only: the same history always gives the
 * same inbox. `today` (YYYY-MM-DD) and the deadlines' `now` are passed in, never read from a clock.
 * Without `deadlines`, cases running late and follow-ups due are left out.
 */
export function inboxFor(
  db: Database.Database,
  tenant: string,
  principal: InboxPrincipal,
  today: string,
  deadlines?: DeadlineSources,
): { items: InboxItem[] } {
  const roles = new Set(principal.roles);
  const items: InboxItem[] = [];
  if (roles.has('director')) items.push(...directorItems(db, tenant, principal.userId));
  // Who a deadline concerns is the reminder's recipients: the preparer, the contact, the board when escalated.
  if (deadlines !== undefined) items.push(...deadlineItems(db, tenant, principal.userId, today, deadlines));
  if (roles.has('board_member') || roles.has('chair')) {
    items.push(...votesPending(db, tenant, principal.userId), ...upcomingMeetings(db, tenant, today));
  }
  // Chair and adjuster are seats at a meeting, not roles: the meeting's record says who signs.
  items.push(...minutesToAttest(db, tenant, principal.userId));
  items.sort((a, b) => compare(a.since, b.since) || compare(a.kind, b.kind) || compare(sortKey(a), sortKey(b)));
  return { items };
}

interface CaseRow {
  application_id: string;
  case_number: string;
  title: string;
  status: CaseStatus;
  status_since: string;
  submitted_at: string;
  open_due_date: string | null;
  open_requested_at: string | null;
  answered: 0 | 1;
}

function directorItems(db: Database.Database, tenant: string, userId: string): InboxItem[] {
  const supplements = `FROM ${CASE_SUPPLEMENTS_TABLE} s WHERE s.tenant = c.tenant AND s.application_id = c.application_id`;
  const rows = db
    .prepare<[string, string], CaseRow>(
      `SELECT c.application_id, c.case_number, c.title, c.status, c.status_since, c.submitted_at,
              (SELECT s.due_date ${supplements} AND s.answered_by_revision IS NULL ORDER BY s.requested_at DESC LIMIT 1) AS open_due_date,
              (SELECT s.requested_at ${supplements} AND s.answered_by_revision IS NULL ORDER BY s.requested_at DESC LIMIT 1) AS open_requested_at,
              EXISTS (SELECT 1 ${supplements} AND s.answered_by_revision = c.revision) AS answered
         FROM ${CASES_TABLE} c
        WHERE c.tenant = ?
          AND (c.status = 'submitted' OR (c.preparer = ? AND c.status IN ('in_preparation', 'awaiting_supplement', 'recommended')))
        ORDER BY c.case_number`,
    )
    .all(tenant, userId);
  return rows.map((r) => {
    const ref = { applicationId: r.application_id, caseNumber: r.case_number };
    switch (r.status) {
      case 'submitted':
        return { kind: 'case_to_prepare', title: inboxTitles.caseToPrepare(r.case_number, r.title), ...ref, since: r.submitted_at };
      case 'awaiting_supplement':
        return {
          kind: 'supplement_pending',
          title: inboxTitles.supplementPending(r.case_number, r.title, r.open_due_date),
          ...ref,
          since: r.open_requested_at ?? r.status_since,
        };
      case 'recommended':
        // `recommended` is never on a pending agenda: adding it to one moves the case to `on_agenda`.
        return {
          kind: 'case_ready_for_agenda',
          title: inboxTitles.caseReadyForAgenda(r.case_number, r.title),
          ...ref,
          since: r.status_since,
        };
      default:
        return r.answered === 1
          ? { kind: 'supplement_received', title: inboxTitles.supplementReceived(r.case_number, r.title), ...ref, since: r.status_since }
          : { kind: 'case_in_preparation', title: inboxTitles.caseInPreparation(r.case_number, r.title), ...ref, since: r.status_since };
    }
  });
}

interface OpenItemRow {
  meeting_id: string;
  label: string;
  present_json: string;
  board_json: string;
  item_no: number;
  application_id: string;
  case_number: string;
  title: string;
  opened_at: string | null;
  meeting_opened_at: string | null;
}

/** Only a votering asks each serving seat for a vote by name; acclamation asks nothing of anyone. */
function votesPending(db: Database.Database, tenant: string, userId: string): InboxItem[] {
  const item = 'x.tenant = i.tenant AND x.meeting_id = i.meeting_id AND x.item_no = i.item_no AND x.person_id = @userId';
  const rows = db
    .prepare<{ tenant: string; userId: string }, OpenItemRow>(
      `SELECT m.meeting_id, m.label, m.present_json, m.board_json, m.opened_at AS meeting_opened_at,
              i.item_no, i.application_id, i.case_number, i.title, i.opened_at
         FROM ${MEETINGS_TABLE} m
         JOIN ${AGENDA_ITEMS_TABLE} i ON i.tenant = m.tenant AND i.meeting_id = m.meeting_id
        WHERE m.tenant = @tenant AND m.status = 'open' AND i.status = 'open' AND i.kind = 'decision' AND i.outcome IS NULL
          AND i.votering_requested_by IS NOT NULL
          AND i.prepared_by <> @userId
          AND NOT EXISTS (SELECT 1 FROM ${ITEM_VOTES_TABLE} x WHERE ${item})
          AND NOT EXISTS (SELECT 1 FROM ${ITEM_RECUSALS_TABLE} x WHERE ${item})
        ORDER BY m.date, m.meeting_id, i.item_no`,
    )
    .all({ tenant, userId });
  return rows
    .filter((r) => votesAt(JSON.parse(r.board_json) as BoardSeat[], JSON.parse(r.present_json) as string[], userId))
    .map((r) => ({
      kind: 'vote_pending',
      title: inboxTitles.votePending(r.item_no, r.case_number, r.title, r.label),
      applicationId: r.application_id,
      caseNumber: r.case_number,
      meetingId: r.meeting_id,
      itemNo: r.item_no,
      since: r.opened_at ?? r.meeting_opened_at ?? '',
    }));
}

/** Present members and the chair vote; a present substitute votes only in place of their absent member. */
function votesAt(board: readonly BoardSeat[], present: readonly string[], userId: string): boolean {
  if (!present.includes(userId)) return false;
  return board.some(
    (seat) =>
      seat.personId === userId &&
      (seat.position !== 'substitute' || (seat.substituteFor !== null && !present.includes(seat.substituteFor))),
  );
}

interface MeetingRow {
  meeting_id: string;
  date: string;
  label: string;
  scheduled_at: string;
  closed_at: string | null;
  board_json: string | null;
  adjuster_id: string | null;
  chair_attested_by: string | null;
  adjuster_attested_by: string | null;
}

function upcomingMeetings(db: Database.Database, tenant: string, today: string): InboxItem[] {
  return db
    .prepare<[string, string, string], MeetingRow>(
      `SELECT * FROM ${MEETINGS_TABLE} WHERE tenant = ? AND status = 'scheduled' AND date >= ? AND date <= ? ORDER BY date, meeting_id`,
    )
    .all(tenant, today, addDays(today, UPCOMING_MEETING_DAYS))
    .map((m) => ({
      kind: 'meeting_upcoming',
      title: inboxTitles.meetingUpcoming(m.label, m.date),
      meetingId: m.meeting_id,
      since: m.scheduled_at,
    }));
}

function minutesToAttest(db: Database.Database, tenant: string, userId: string): InboxItem[] {
  const rows = db
    .prepare<[string], MeetingRow>(`SELECT * FROM ${MEETINGS_TABLE} WHERE tenant = ? AND status = 'closed' ORDER BY date, meeting_id`)
    .all(tenant);
  return rows.flatMap((m): InboxItem[] => {
    const board = m.board_json === null ? [] : (JSON.parse(m.board_json) as BoardSeat[]);
    const asChair = m.chair_attested_by === null && board.some((s) => s.position === 'chair' && s.personId === userId);
    const asAdjuster = m.adjuster_attested_by === null && m.adjuster_id === userId;
    if (!asChair && !asAdjuster) return [];
    const title = inboxTitles.minutesToAttest(m.label, m.date, asChair ? 'chair' : 'adjuster');
    return [{ kind: 'minutes_to_attest', title, meetingId: m.meeting_id, since: m.closed_at ?? m.scheduled_at }];
  });
}

/** Calendar arithmetic on YYYY-MM-DD, in UTC so no time zone or DST can shift the day. */
export function addDays(date: string, days: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) throw new RangeError(`Expected YYYY-MM-DD, got ${date}`);
  const [, y, m, d] = match;
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) + days)).toISOString().slice(0, 10);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sortKey = (item: InboxItem): string =>
  `${item.caseNumber ?? ''}|${item.meetingId ?? ''}|${String(item.itemNo ?? item.followUpNo ?? 0).padStart(4, '0')}`;
