import { addMinutes, atSwedishTime } from './calendar.js';
import type { ReminderIntent } from './reminder-intent.js';
import type { ReminderTimings } from './reminder-timings.js';

/**
 * The tenant's span in the log. The yearly policy review is due in every year the tenant has been
 * active, and in the year after its latest event, so the next one is always scheduled. (Each
 * delivery is itself an event of the tenant, so an active tenant is never without the next year's.)
 */
export interface TenantYearsState {
  subject: 'tenant';
  firstAt: string;
  lastYear: number;
}

export function evolveTenantYears(state: TenantYearsState | null, at: string): TenantYearsState {
  const year = Number(at.slice(0, 4));
  if (state === null) return { subject: 'tenant', firstAt: at, lastYear: year };
  return year > state.lastYear ? { ...state, lastYear: year } : state;
}

export function policyReviewIntents(state: TenantYearsState, tenant: string, t: ReminderTimings): ReminderIntent[] {
  const intents: ReminderIntent[] = [];
  for (let year = Number(state.firstAt.slice(0, 4)); year <= state.lastYear + 1; year++) {
    const dueAt = atSwedishTime(realDate(year, t.policyReviewDate), t.sendAt);
    // Not for a year whose review date passed before the tenant existed here.
    if (dueAt < state.firstAt) continue;
    intents.push({
      id: `policy-review-${year}`,
      tenant,
      kind: 'policy_review',
      dueAt,
      expiresAt: addMinutes(dueAt, t.lapseAfterDays * 24 * 60),
      subject: { year },
      audience: 'director_and_chair',
    });
  }
  return intents;
}

/** `MM-DD` in `year`; a day the month lacks (02-29 in most years) falls back to the month's last day. */
function realDate(year: number, monthDay: string): string {
  const [month = 1, day = 1] = monthDay.split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
