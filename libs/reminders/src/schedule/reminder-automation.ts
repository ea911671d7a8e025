import { APPLICATION_EVENT_SCHEMA_VERSIONS, type ApplicationEvent } from '@beslutskedjan/application';
import { MEETING_EVENT_SCHEMA_VERSIONS, type MeetingEvent } from '@beslutskedjan/board';
import { INITIATIVE_EVENT_SCHEMA_VERSIONS, type InitiativeEvent } from '@beslutskedjan/initiative';
import { caseIntents, evolveCase, type CaseReminderState } from './case-reminders.js';
import { evolveFollowUp, followUpIntents, type FollowUpReminderState } from './follow-up-reminders.js';
import { evolveMeeting, meetingIntents, type MeetingReminderState } from './meeting-reminders.js';
import { evolveTenantYears, policyReviewIntents, type TenantYearsState } from './policy-review-reminders.js';
import type { ReminderIntent } from './reminder-intent.js';
import type { ReminderTimings } from './reminder-timings.js';

/**
 * The reminder automation (STYLE.md principle 8): a pure fold over the log that says which reminders
 * are pending. It never reads a clock: every due time is computed from dates in the events and the
 * tenant's timings. The queue only delivers what this decides.
 */
export type ReminderSourceEvent = ApplicationEvent | InitiativeEvent | MeetingEvent;

/** An event as the automation sees it: type, payload and when it happened (metadata.occurredAt). */
export interface ReminderFact {
  type: string;
  data: unknown;
  at: string;
}

export type SubjectState = CaseReminderState | FollowUpReminderState | MeetingReminderState | TenantYearsState;

/** The subject whose reminders every event of the tenant may change (the yearly policy review). */
export const TENANT_SUBJECT = 'tenant';

const APPLICATION_TYPES: ReadonlySet<string> = new Set(Object.keys(APPLICATION_EVENT_SCHEMA_VERSIONS));
const INITIATIVE_TYPES: ReadonlySet<string> = new Set(Object.keys(INITIATIVE_EVENT_SCHEMA_VERSIONS));
const MEETING_TYPES: ReadonlySet<string> = new Set(Object.keys(MEETING_EVENT_SCHEMA_VERSIONS));

/** `case/<applicationId>`, `initiative/<initiativeId>` or `meeting/<meetingId>`; null for events no reminder depends on. */
export function subjectKeyOf(fact: Pick<ReminderFact, 'type' | 'data'>): string | null {
  const data = fact.data as Record<string, unknown>;
  if (APPLICATION_TYPES.has(fact.type)) return `case/${String(data.applicationId)}`;
  if (INITIATIVE_TYPES.has(fact.type)) return `initiative/${String(data.initiativeId)}`;
  if (MEETING_TYPES.has(fact.type)) return `meeting/${String(data.meetingId)}`;
  return null;
}

export function evolveSubject(state: SubjectState | null, fact: ReminderFact): SubjectState | null {
  if (APPLICATION_TYPES.has(fact.type)) return evolveCase(narrow(state, 'case'), fact as unknown as ApplicationEvent, fact.at);
  if (INITIATIVE_TYPES.has(fact.type)) return evolveFollowUp(narrow(state, 'initiative'), fact as unknown as InitiativeEvent);
  if (MEETING_TYPES.has(fact.type)) return evolveMeeting(narrow(state, 'meeting'), fact as unknown as MeetingEvent, fact.at);
  return state;
}

export function evolveTenant(state: SubjectState | null, fact: ReminderFact): TenantYearsState {
  return evolveTenantYears(narrow(state, 'tenant'), fact.at);
}

export function intentsOf(state: SubjectState, tenant: string, timings: ReminderTimings): ReminderIntent[] {
  switch (state.subject) {
    case 'case':
      return caseIntents(state, tenant, timings);
    case 'initiative':
      return followUpIntents(state, tenant, timings);
    case 'meeting':
      return meetingIntents(state, tenant, timings);
    case 'tenant':
      return policyReviewIntents(state, tenant, timings);
  }
}

/** The whole tenant's schedule state: what the projection keeps row by row, as one value for specs. */
export interface ReminderScheduleState {
  tenant: string;
  subjects: Readonly<Record<string, SubjectState>>;
  /** Intent ids the ledger (ReminderDelivered) says are done. */
  delivered: Readonly<Record<string, true>>;
}

export const initialScheduleState = (tenant: string): ReminderScheduleState => ({ tenant, subjects: {}, delivered: {} });

export function evolveSchedule(state: ReminderScheduleState, fact: ReminderFact): ReminderScheduleState {
  const delivered =
    fact.type === 'ReminderDelivered'
      ? { ...state.delivered, [(fact.data as { intentId: string }).intentId]: true as const }
      : state.delivered;
  const subjects: Record<string, SubjectState> = {
    ...state.subjects,
    [TENANT_SUBJECT]: evolveTenant(state.subjects[TENANT_SUBJECT] ?? null, fact),
  };
  const key = subjectKeyOf(fact);
  if (key !== null) {
    const next = evolveSubject(state.subjects[key] ?? null, fact);
    if (next !== null) subjects[key] = next;
  }
  return { ...state, subjects, delivered };
}

/** The pending intents: every reminder whose reason still holds and that is not delivered yet, in due order. */
export function reminderIntents(state: ReminderScheduleState, timings: ReminderTimings): ReminderIntent[] {
  return Object.values(state.subjects)
    .flatMap((subject) => intentsOf(subject, state.tenant, timings))
    .filter((intent) => state.delivered[intent.id] === undefined)
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
}

function narrow<K extends SubjectState['subject']>(state: SubjectState | null, subject: K): Extract<SubjectState, { subject: K }> | null {
  return state !== null && state.subject === subject ? (state as Extract<SubjectState, { subject: K }>) : null;
}
