import type Database from 'better-sqlite3';
import { FOLLOW_UP_ITEM_STATUSES } from '../initiative.state.js';

export const INITIATIVES_TABLE = 'initiatives';
export const FOLLOW_UP_ITEMS_TABLE = 'follow_up_items';
export const FOLLOW_UP_HISTORY_TABLE = 'follow_up_history';

export const INITIATIVES_TABLES = [INITIATIVES_TABLE, FOLLOW_UP_ITEMS_TABLE, FOLLOW_UP_HISTORY_TABLE] as const;

export const INITIATIVE_STATUSES = ['funded', 'closed'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export function createInitiativesTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE ${INITIATIVES_TABLE} (
      tenant TEXT NOT NULL,
      initiative_id TEXT NOT NULL,
      application_id TEXT NOT NULL,
      case_number TEXT NOT NULL,
      title TEXT NOT NULL,
      procuring_member_kind TEXT NOT NULL,
      procuring_member_name TEXT NOT NULL,
      amount_sek INTEGER NOT NULL,
      period_from TEXT NOT NULL,
      period_to TEXT NOT NULL,
      decided_by_kind TEXT NOT NULL CHECK (decided_by_kind IN ('board', 'delegation')),
      funded_on TEXT NOT NULL,
      contact_user_id TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN (${list(INITIATIVE_STATUSES)})),
      closed_on TEXT,
      -- The earliest due date of an item still to be reported (due or returned); null once closed.
      next_due_date TEXT,
      PRIMARY KEY (tenant, initiative_id)
    );
    CREATE INDEX ${INITIATIVES_TABLE}_due ON ${INITIATIVES_TABLE} (tenant, status, next_due_date);
    CREATE INDEX ${INITIATIVES_TABLE}_contact ON ${INITIATIVES_TABLE} (tenant, contact_user_id);

    CREATE TABLE ${FOLLOW_UP_ITEMS_TABLE} (
      tenant TEXT NOT NULL,
      initiative_id TEXT NOT NULL,
      n INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('progress_report', 'final_report', 'finsam_registration')),
      original_due_date TEXT NOT NULL,
      due_date TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN (${list(FOLLOW_UP_ITEM_STATUSES)})),
      submissions INTEGER NOT NULL,
      last_submitted_on TEXT,
      reviewed_on TEXT,
      verdict TEXT CHECK (verdict IN ('accepted', 'returned')),
      waived_reason TEXT,
      PRIMARY KEY (tenant, initiative_id, n)
    );

    CREATE TABLE ${FOLLOW_UP_HISTORY_TABLE} (
      tenant TEXT NOT NULL,
      initiative_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      type TEXT NOT NULL,
      at TEXT NOT NULL,
      actor_user_id TEXT NOT NULL,
      summary_json TEXT NOT NULL,
      PRIMARY KEY (tenant, initiative_id, position)
    );
  `);
}
