/** What a reminder is about; the catalogue is in DOMAIN.md §6 and README "Reminders". */
export type ReminderKind =
  | 'case_to_prepare'
  | 'preparation_late'
  | 'supplement_received'
  | 'follow_up_due_soon'
  | 'follow_up_due_today'
  | 'follow_up_overdue'
  | 'meeting_agenda'
  | 'vote_pending'
  | 'minutes_to_attest'
  | 'policy_review';

/**
 * Who receives it, resolved only when it is sent (the board as composed that day, the case's
 * preparer as the read model has it then). `contact_director_and_board` is the escalation of an
 * overdue follow-up report; `director_and_chair` the yearly policy review.
 */
export type ReminderAudience =
  'director' | 'contact_and_director' | 'contact_director_and_board' | 'board' | 'board_and_substitutes' | 'director_and_chair' | 'person';

export type FollowUpItemKind = 'progress_report' | 'final_report' | 'finsam_registration';

/** The facts the message names, all taken from events (never from mutable state). */
export interface ReminderSubject {
  applicationId?: string;
  caseNumber?: string;
  title?: string;
  initiativeId?: string;
  n?: number;
  followUpKind?: FollowUpItemKind;
  /** YYYY-MM-DD: the follow-up item's due date as the events last set it. */
  dueDate?: string;
  contactUserId?: string;
  /** YYYY-MM-DD: the Swedish day the current preparation started. */
  preparationStartedOn?: string;
  meetingId?: string;
  meetingDate?: string;
  meetingLabel?: string;
  itemNo?: number;
  /** Pending agenda items, for the agenda reminder. */
  agenda?: Array<{ itemNo: number; caseNumber: string; title: string }>;
  attestAs?: 'chair' | 'adjuster';
  /** The last day to attest the minutes. */
  attestationDueOn?: string;
  year?: number;
}

/**
 * A pending intent to remind someone. The id is deterministic and unique within the tenant; it
 * carries every date the reminder depends on, so a moved due date is a new intent, never an edit.
 */
export interface ReminderIntent {
  id: string;
  tenant: string;
  kind: ReminderKind;
  /** ISO instant at which it should go out. */
  dueAt: string;
  /** ISO instant after which it is stale and is dropped unsent (superseded by the next step, or lapsed). */
  expiresAt: string;
  subject: ReminderSubject;
  audience: ReminderAudience;
  /** For audience `person`. */
  personId?: string;
}
