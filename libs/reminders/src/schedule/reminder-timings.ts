import type { ReminderTimingsOverride, ReminderTimingsSettings } from '@beslutskedjan/platform';

/** When each reminder goes out; every tenant may override any of them (REMINDER_TIMINGS). */
export interface ReminderTimings {
  /** Follow-up report "due soon": this many days before the due date. */
  followUpDueSoonDays: number;
  /** Follow-up report overdue, escalated to the board: this many days after the due date. */
  followUpOverdueDays: number;
  /** Preparation running late: this many days after the case was taken without a recommendation. */
  preparationLateDays: number;
  /** Agenda with pending items: this many days before the meeting. */
  agendaDaysBefore: number;
  /** A board member's vote still missing this long after the item was opened. */
  votePendingAfterMinutes: number;
  /** Minutes waiting for attestation: this many days after the meeting closed. */
  minutesAttestationAfterDays: number;
  /** Days before the attestation deadline the meeting recorded that the signatories are reminded again. */
  minutesDeadlineReminderDaysBefore: number;
  /** MM-DD each year: the policy review and action plan (handlingsplan), before the verksamhetsplan. */
  policyReviewDate: string;
  /** HH:MM Swedish time at which date-based reminders go out. */
  sendAt: string;
  /** A reminder still unsent this many days after its due time is dropped as stale. */
  lapseAfterDays: number;
}

export const DEFAULT_REMINDER_TIMINGS: Readonly<ReminderTimings> = {
  followUpDueSoonDays: 14,
  followUpOverdueDays: 7,
  preparationLateDays: 14,
  agendaDaysBefore: 7,
  votePendingAfterMinutes: 60,
  minutesAttestationAfterDays: 1,
  minutesDeadlineReminderDaysBefore: 3,
  policyReviewDate: '10-01',
  sendAt: '08:00',
  lapseAfterDays: 30,
};

export type TimingsFor = (tenant: string) => ReminderTimings;

/** Defaults, then the configured defaults, then the tenant's own overrides. */
export function timingsFrom(settings: ReminderTimingsSettings = { defaults: {}, tenants: {} }): TimingsFor {
  const base: ReminderTimings = { ...DEFAULT_REMINDER_TIMINGS, ...definedOnly(settings.defaults) };
  return (tenant) => ({ ...base, ...definedOnly(settings.tenants[tenant] ?? {}) });
}

/**
 * A short fingerprint of the settings. It is part of the schedule projection's version, so changed
 * timings rebuild the schedule from the log (deliveries are in the log too: nothing is sent twice).
 */
export function timingsFingerprint(settings: ReminderTimingsSettings = { defaults: {}, tenants: {} }): number {
  const canonical = JSON.stringify([
    sorted(settings.defaults),
    Object.keys(settings.tenants)
      .sort()
      .map((t) => [t, sorted(settings.tenants[t] ?? {})]),
  ]);
  let hash = 2166136261;
  for (let i = 0; i < canonical.length; i++) hash = Math.imul(hash ^ canonical.charCodeAt(i), 16777619) >>> 0;
  return hash % 1_000_000;
}

const definedOnly = (o: ReminderTimingsOverride): Partial<ReminderTimings> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<ReminderTimings>;
const sorted = (o: object) => Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
