import type { sv } from './sv';

/** The reminder administration texts in English (namespace `remindersAdmin`). */
export const en: typeof sv = {
  title: 'Reminders',
  intro: 'Reminders are planned from the event log. This shows what is scheduled and what was sent for your association.',
  mode: 'Queue: {{mode}}',
  modes: { bullmq: 'Redis (BullMQ)', embedded: 'embedded (no Redis)' },
  scheduled: 'Scheduled',
  scheduledCaption: 'Scheduled reminders, soonest first',
  noScheduled: 'No reminders are scheduled.',
  sent: 'Sent',
  sentCaption: 'Sent reminders, latest first',
  noSent: 'No reminders have been sent.',
  kind: 'Reminder',
  about: 'About',
  audience: 'To',
  dueAt: 'Planned',
  deliveredAt: 'Sent',
  reconcile: 'Reconcile the queue with the log',
  reconcileIntro:
    'If the queue lost jobs (for example after Redis was flushed), reconciling adds back what is missing and removes what should no longer be sent. Nothing is sent twice.',
  reconcileDone: 'Reconciled: {{pending}} pending, {{added}} added, {{removed}} removed, {{kept}} kept.',
  dashboard: 'The queue dashboard',
  dashboardLink: 'Open the queue dashboard',
  dashboardOperatorOnly:
    "The queue dashboard shows every association's jobs, so only the platform operator (the operator role) may open it. Ask the operator if you need to see it.",
  kinds: {
    case_to_prepare: 'Case to prepare',
    preparation_late: 'Preparation is late',
    supplement_received: 'Supplement received',
    follow_up_due_soon: 'Follow-up due soon',
    follow_up_due_today: 'Follow-up due today',
    follow_up_overdue: 'Follow-up overdue',
    meeting_agenda: 'Notice and agenda',
    vote_pending: 'Vote missing',
    minutes_to_attest: 'Minutes to attest',
    policy_review: 'Yearly policy review',
  },
  audiences: {
    director: 'The office',
    contact_and_director: 'The contact and the office',
    contact_director_and_board: 'The contact, the office and the board',
    board: 'The board',
    board_and_substitutes: 'The board and substitutes',
    director_and_chair: 'The office and the chair',
    person: 'One person',
  },
};
