import type Database from 'better-sqlite3';
import { CASES_TABLE } from '@beslutskedjan/application';
import { INITIATIVES_TABLE } from '@beslutskedjan/initiative';
import {
  resolveRecipients,
  type RecipientSources,
  FOLLOW_UP_REPORT_NAMES,
  deadlinesFallenDue,
  type DeadlineKind,
  type SubjectState,
  type ReminderIntent,
  REMINDER_SUBJECTS_TABLE,
  type TimingsFor,
  addDays,
} from '@beslutskedjan/reminders';
import { inboxTitles } from './inbox.titles.js';
import type { InboxItem } from './inbox.queries.js';

/** What the inbox needs to say what is running late or due: the instant, the tenant's timings, who directs. */
export interface DeadlineSources {
  /** ISO instant: the request's time, from the clock (never read here). */
  now: string;
  timings: TimingsFor;
  configuredDirectors: RecipientSources['configuredDirectors'];
}

const STEP: Record<Exclude<DeadlineKind, 'preparation_late'>, 'due_soon' | 'due_today' | 'overdue'> = {
  follow_up_due_soon: 'due_soon',
  follow_up_due_today: 'due_today',
  follow_up_overdue: 'overdue',
};

/**
 * Cases running late and follow-up reports due, for this person: the reminders (libs/reminders)
 * that have fallen due at `now`, whose reason still holds, and whose recipients, resolved as a
 * mail's would be, include the person. The subjects' states are the reminder schedule projection's,
 * which the API keeps too; the cases and initiatives read models only narrow the candidates to
 * cases in preparation and initiatives with a report due within the "due soon" window.
 */
export function deadlineItems(db: Database.Database, tenant: string, userId: string, today: string, sources: DeadlineSources): InboxItem[] {
  const timings = sources.timings(tenant);
  const rows = db
    .prepare<{ tenant: string; dueBy: string }, { state_json: string }>(
      `SELECT s.state_json FROM ${CASES_TABLE} c
         JOIN ${REMINDER_SUBJECTS_TABLE} s ON s.tenant = c.tenant AND s.subject = 'case/' || c.application_id
        WHERE c.tenant = @tenant AND c.status IN ('in_preparation', 'awaiting_supplement')
       UNION ALL
       SELECT s.state_json FROM ${INITIATIVES_TABLE} i
         JOIN ${REMINDER_SUBJECTS_TABLE} s ON s.tenant = i.tenant AND s.subject = 'initiative/' || i.initiative_id
        WHERE i.tenant = @tenant AND i.status = 'funded' AND i.next_due_date IS NOT NULL AND i.next_due_date <= @dueBy`,
    )
    .all({ tenant, dueBy: addDays(today, Math.max(0, timings.followUpDueSoonDays)) });
  const recipients = { configuredDirectors: sources.configuredDirectors };
  return rows
    .flatMap((row) => deadlinesFallenDue(JSON.parse(row.state_json) as SubjectState, tenant, timings, sources.now))
    .filter((intent) => resolveRecipients(db, intent, today, recipients).includes(userId))
    .map((intent) => toItem(intent, today));
}

function toItem(intent: ReminderIntent, today: string): InboxItem {
  const s = intent.subject;
  const ref = { applicationId: s.applicationId ?? '', caseNumber: s.caseNumber ?? '' };
  if (intent.kind === 'preparation_late') {
    const startedOn = s.preparationStartedOn ?? '';
    return {
      kind: 'case_running_late',
      title: inboxTitles.caseRunningLate(ref.caseNumber, s.title ?? '', startedOn),
      ...ref,
      // Late since the moment the reminder fell due: started + the tenant's preparationLateDays.
      since: intent.dueAt,
    };
  }
  const step = STEP[intent.kind as Exclude<DeadlineKind, 'preparation_late'>];
  const dueDate = s.dueDate ?? '';
  const report = FOLLOW_UP_REPORT_NAMES[s.followUpKind ?? 'progress_report'];
  return {
    kind: 'follow_up_due',
    title: inboxTitles.followUpDue(report, ref.caseNumber, s.title ?? '', dueDate, step, today),
    ...ref,
    ...(s.initiativeId === undefined ? {} : { initiativeId: s.initiativeId }),
    ...(s.n === undefined ? {} : { followUpNo: s.n }),
    dueDate,
    step,
    since: intent.dueAt,
  };
}
