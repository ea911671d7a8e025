import { addDays } from '../../board-rules.js';

/** Easter Sunday (Gregorian, anonymous algorithm), for the movable Swedish public holidays. */
function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Days on which a time limit cannot end (lag 1930:173): Saturdays, Sundays, public holidays, and
 * midsommarafton, julafton and nyårsafton. The Saturday holidays (midsommardagen, alla helgons dag) fall out as Saturdays.
 */
export function isClosedDay(date: string): boolean {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (day === 0 || day === 6) return true;
  const year = Number(date.slice(0, 4));
  const md = date.slice(5);
  if (['01-01', '01-06', '05-01', '06-06', '12-24', '12-25', '12-26', '12-31'].includes(md)) return true;
  const e = easter(year);
  if ([addDays(e, -2), addDays(e, 1), addDays(e, 39)].includes(date)) return true;
  // Midsommarafton: the Friday between 19 and 25 June.
  return md >= '06-19' && md <= '06-25' && day === 5;
}

/**
 * The last day to appeal (laglighetsprövning, KL 13:5): three weeks from the day the attestation
 * was announced on the notice board; a limit ending on a closed day moves to the next open one (lag 1930:173).
 */
export function appealEndsOn(postedOn: string): string {
  let end = addDays(postedOn, 21);
  while (isClosedDay(end)) end = addDays(end, 1);
  return end;
}

export type LegalForce =
  | { status: 'not_posted' }
  | { status: 'appeal_window'; appealEndsOn: string; legalForceOn: string }
  | { status: 'legal_force'; legalForceOn: string }
  | { status: 'appealed'; court: string; courtCaseNumber: string; outcome: string };

/** Laga kraft: the day after the appeal window closed, unless an appeal was registered. */
export function legalForceOf(
  notice: { appealEndsOn: string } | null,
  appeal: { court: string; courtCaseNumber: string; outcome: string } | null,
  today: string,
): LegalForce {
  if (notice === null) return { status: 'not_posted' };
  if (appeal !== null) return { status: 'appealed', court: appeal.court, courtCaseNumber: appeal.courtCaseNumber, outcome: appeal.outcome };
  const legalForceOn = addDays(notice.appealEndsOn, 1);
  return today >= legalForceOn
    ? { status: 'legal_force', legalForceOn }
    : { status: 'appeal_window', appealEndsOn: notice.appealEndsOn, legalForceOn };
}
