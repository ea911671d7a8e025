import type Database from 'better-sqlite3';
import type { MemberKind } from '@beslutskedjan/application';
import type { FollowUpItem } from '../initiative.events.js';
import type { FollowUpItemStatus } from '../initiative.state.js';
import { FOLLOW_UP_HISTORY_TABLE, FOLLOW_UP_ITEMS_TABLE, INITIATIVES_TABLE, type InitiativeStatus } from './initiatives.schema.js';
import type {
  FollowUpItemView,
  InitiativeDetail,
  InitiativeHistoryEntry,
  InitiativeList,
  InitiativeListFilter,
  InitiativeSummary,
} from './initiatives.views.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

/** The tenant's initiatives, the next due first (those with nothing due last), filtered and paged. */
export function listInitiatives(db: Database.Database, tenant: string, filter: InitiativeListFilter = {}): InitiativeList {
  const clauses = ['i.tenant = ?'];
  const params: Array<string | number> = [tenant];
  if (filter.status !== undefined) {
    clauses.push('i.status = ?');
    params.push(filter.status);
  }
  if (filter.dueBefore !== undefined) {
    clauses.push('i.next_due_date < ?');
    params.push(filter.dueBefore);
  }
  if (filter.contactUserId !== undefined) {
    clauses.push('i.contact_user_id = ?');
    params.push(filter.contactUserId);
  }
  const where = `WHERE ${clauses.join(' AND ')}`;
  const limit = Math.min(Math.max(Math.trunc(filter.limit ?? DEFAULT_LIMIT), 0), MAX_LIMIT);
  const offset = Math.max(Math.trunc(filter.offset ?? 0), 0);
  const total =
    db.prepare<Array<string | number>, { total: number }>(`SELECT COUNT(*) AS total FROM ${INITIATIVES_TABLE} i ${where}`).get(...params)
      ?.total ?? 0;
  const rows = db
    .prepare<Array<string | number>, InitiativeRow>(
      `SELECT i.* FROM ${INITIATIVES_TABLE} i ${where}
        ORDER BY i.next_due_date IS NULL, i.next_due_date, i.case_number, i.initiative_id LIMIT ? OFFSET ?`,
    )
    .all(...params, limit, offset);
  return { total, items: rows.map(toSummary) };
}

/** The initiative with its follow-up plan and history, or null when the tenant has no such initiative. */
export function getInitiative(db: Database.Database, tenant: string, initiativeId: string): InitiativeDetail | null {
  const key = [tenant, initiativeId] as const;
  const scoped = 'WHERE tenant = ? AND initiative_id = ?';
  const row = db.prepare<[string, string], InitiativeRow>(`SELECT * FROM ${INITIATIVES_TABLE} ${scoped}`).get(...key);
  if (row === undefined) return null;
  return {
    ...toSummary(row),
    items: db
      .prepare<[string, string], ItemRow>(`SELECT * FROM ${FOLLOW_UP_ITEMS_TABLE} ${scoped} ORDER BY n`)
      .all(...key)
      .map(toItem),
    history: db
      .prepare<[string, string], HistoryRow>(`SELECT * FROM ${FOLLOW_UP_HISTORY_TABLE} ${scoped} ORDER BY position`)
      .all(...key)
      .map(toHistory),
  };
}

interface InitiativeRow {
  initiative_id: string;
  application_id: string;
  case_number: string;
  title: string;
  procuring_member_kind: MemberKind;
  procuring_member_name: string;
  amount_sek: number;
  period_from: string;
  period_to: string;
  decided_by_kind: 'board' | 'delegation';
  funded_on: string;
  contact_user_id: string;
  status: InitiativeStatus;
  closed_on: string | null;
  next_due_date: string | null;
}
const toSummary = (r: InitiativeRow): InitiativeSummary => ({
  initiativeId: r.initiative_id,
  applicationId: r.application_id,
  caseNumber: r.case_number,
  title: r.title,
  procuringMember: { kind: r.procuring_member_kind, name: r.procuring_member_name },
  amountSek: r.amount_sek,
  period: { from: r.period_from, to: r.period_to },
  decidedByKind: r.decided_by_kind,
  fundedOn: r.funded_on,
  contactUserId: r.contact_user_id,
  status: r.status,
  closedOn: r.closed_on,
  nextDueDate: r.next_due_date,
});

interface ItemRow {
  n: number;
  kind: FollowUpItem['kind'];
  original_due_date: string;
  due_date: string;
  status: FollowUpItemStatus;
  submissions: number;
  last_submitted_on: string | null;
  reviewed_on: string | null;
  verdict: 'accepted' | 'returned' | null;
  waived_reason: string | null;
}
const toItem = (r: ItemRow): FollowUpItemView => ({
  n: r.n,
  kind: r.kind,
  originalDueDate: r.original_due_date,
  dueDate: r.due_date,
  status: r.status,
  submissions: r.submissions,
  lastSubmittedOn: r.last_submitted_on,
  reviewedOn: r.reviewed_on,
  verdict: r.verdict,
  waivedReason: r.waived_reason,
});

interface HistoryRow {
  position: number | bigint;
  type: string;
  at: string;
  actor_user_id: string;
  summary_json: string;
}
const toHistory = (r: HistoryRow): InitiativeHistoryEntry => ({
  position: String(r.position),
  type: r.type,
  at: r.at,
  actorUserId: r.actor_user_id,
  summary: JSON.parse(r.summary_json) as Record<string, unknown>,
});
