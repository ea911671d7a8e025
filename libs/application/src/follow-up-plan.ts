import { InvalidInputError } from '@beslutskedjan/shared';
import type { FollowUpItem, FollowUpPlan, Period } from './application.types.js';
import { assertPeriodInOrder, assertWellFormedPeriod } from './application-content.js';

const KIND_ORDER: Readonly<Record<FollowUpItem['kind'], number>> = { finsam_registration: 0, progress_report: 1, final_report: 2 };

/**
 * The standard follow-up plan of a funded initiative: registration in Uppföljning Finsam one month
 * after the start, a progress report every `progressEveryMonths` months from the start while the
 * period runs, and a final report two months after it ends. Items are numbered in due-date order.
 */
export function buildFollowUpPlan(period: Period, progressEveryMonths: number): FollowUpPlan {
  if (!Number.isInteger(progressEveryMonths) || progressEveryMonths < 1) {
    throw new InvalidInputError([{ field: 'progressEveryMonths', message: 'must be a whole number of months, at least 1' }]);
  }
  assertWellFormedPeriod(period, 'period');
  assertPeriodInOrder(period, 'period');
  const progress: Array<Omit<FollowUpItem, 'n'>> = [];
  // Counted from the start each time, so a 31st does not drift to the 28th after February.
  for (let k = 1; ; k++) {
    const dueDate = addMonths(period.from, k * progressEveryMonths);
    if (dueDate >= period.to) break;
    progress.push({ kind: 'progress_report', dueDate });
  }
  const items: Array<Omit<FollowUpItem, 'n'>> = [
    { kind: 'finsam_registration', dueDate: addMonths(period.from, 1) },
    ...progress,
    { kind: 'final_report', dueDate: addMonths(period.to, 2) },
  ];
  return {
    items: items
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
      .map((item, i) => ({ n: i + 1, ...item })),
  };
}

/** Adds calendar months to a YYYY-MM-DD date, ending on the month's last day when the day does not exist. */
export function addMonths(date: string, months: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
