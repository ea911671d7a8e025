import type Database from 'better-sqlite3';
import { FOLLOW_UP_HISTORY_TABLE, FOLLOW_UP_ITEMS_TABLE, INITIATIVES_TABLE } from './initiatives.schema.js';

/** Identifies the initiative row; every statement is scoped to one tenant. */
export interface InitiativeKey {
  tenant: string;
  initiativeId: string;
}
type ItemKey = InitiativeKey & { n: number };

const where = 'WHERE tenant = @tenant AND initiative_id = @initiativeId';
const itemWhere = `${where} AND n = @n`;

function prepareAll(db: Database.Database) {
  return {
    insertInitiative: db.prepare<
      InitiativeKey & {
        applicationId: string;
        caseNumber: string;
        title: string;
        memberKind: string;
        memberName: string;
        amountSek: number;
        periodFrom: string;
        periodTo: string;
        decidedByKind: string;
        fundedOn: string;
        contactUserId: string;
      }
    >(
      `INSERT INTO ${INITIATIVES_TABLE}
         (tenant, initiative_id, application_id, case_number, title, procuring_member_kind, procuring_member_name, amount_sek,
          period_from, period_to, decided_by_kind, funded_on, contact_user_id, status)
       VALUES (@tenant, @initiativeId, @applicationId, @caseNumber, @title, @memberKind, @memberName, @amountSek,
          @periodFrom, @periodTo, @decidedByKind, @fundedOn, @contactUserId, 'funded')
       ON CONFLICT (tenant, initiative_id) DO NOTHING`,
    ),
    insertItem: db.prepare<ItemKey & { kind: string; dueDate: string }>(
      `INSERT INTO ${FOLLOW_UP_ITEMS_TABLE} (tenant, initiative_id, n, kind, original_due_date, due_date, status, submissions)
       VALUES (@tenant, @initiativeId, @n, @kind, @dueDate, @dueDate, 'due', 0)
       ON CONFLICT (tenant, initiative_id, n) DO NOTHING`,
    ),
    reschedule: db.prepare<ItemKey & { to: string }>(`UPDATE ${FOLLOW_UP_ITEMS_TABLE} SET due_date = @to ${itemWhere}`),
    waive: db.prepare<ItemKey & { reason: string }>(
      `UPDATE ${FOLLOW_UP_ITEMS_TABLE} SET status = 'waived', waived_reason = @reason ${itemWhere}`,
    ),
    submit: db.prepare<ItemKey & { submission: number; submittedOn: string }>(
      `UPDATE ${FOLLOW_UP_ITEMS_TABLE} SET status = 'submitted', submissions = @submission, last_submitted_on = @submittedOn ${itemWhere}`,
    ),
    review: db.prepare<ItemKey & { verdict: string; reviewedOn: string; newDueDate: string | null }>(
      `UPDATE ${FOLLOW_UP_ITEMS_TABLE}
          SET status = @verdict, verdict = @verdict, reviewed_on = @reviewedOn, due_date = COALESCE(@newDueDate, due_date)
        ${itemWhere}`,
    ),
    close: db.prepare<InitiativeKey & { closedOn: string }>(
      `UPDATE ${INITIATIVES_TABLE} SET status = 'closed', closed_on = @closedOn, next_due_date = NULL ${where}`,
    ),
    refreshNextDue: db.prepare<InitiativeKey>(
      `UPDATE ${INITIATIVES_TABLE}
          SET next_due_date = CASE WHEN status = 'closed' THEN NULL ELSE (
                SELECT MIN(due_date) FROM ${FOLLOW_UP_ITEMS_TABLE} f
                 WHERE f.tenant = @tenant AND f.initiative_id = @initiativeId AND f.status IN ('due', 'returned')) END
        ${where}`,
    ),
    exists: db.prepare<InitiativeKey, { one: number }>(`SELECT 1 AS one FROM ${INITIATIVES_TABLE} ${where}`),
    insertHistory: db.prepare<InitiativeKey & { position: bigint; type: string; at: string; userId: string; summaryJson: string }>(
      `INSERT INTO ${FOLLOW_UP_HISTORY_TABLE} (tenant, initiative_id, position, type, at, actor_user_id, summary_json)
       VALUES (@tenant, @initiativeId, @position, @type, @at, @userId, @summaryJson)
       ON CONFLICT (tenant, initiative_id, position) DO NOTHING`,
    ),
  };
}

export type InitiativeStatements = ReturnType<typeof prepareAll>;

const cache = new WeakMap<Database.Database, InitiativeStatements>();

/** Prepared once per handle: a rebuild applies every event of the log through these. */
export function initiativeStatements(db: Database.Database): InitiativeStatements {
  let statements = cache.get(db);
  if (statements === undefined) {
    statements = prepareAll(db);
    cache.set(db, statements);
  }
  return statements;
}
