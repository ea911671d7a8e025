const STOCKHOLM = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Stockholm',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Milliseconds Stockholm is ahead of UTC at instant `t`. */
function offsetAt(t: number): number {
  const parts = Object.fromEntries(STOCKHOLM.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(t / 1000) * 1000;
}

/** The instant (ISO, UTC) a Swedish calendar day YYYY-MM-DD begins. Facts are stamped in UTC; days are Swedish. */
export function swedishDayStart(date: string): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const midnight = Date.UTC(y, m - 1, d);
  // Twice: the offset at the guess can differ from the offset at the answer on a DST change day.
  const guess = midnight - offsetAt(midnight);
  return new Date(midnight - offsetAt(guess)).toISOString();
}

/** The last millisecond (ISO, UTC) of a Swedish calendar day. */
export function swedishDayEnd(date: string): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return new Date(new Date(swedishDayStart(next)).getTime() - 1).toISOString();
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A point in time given as an ISO timestamp or a calendar date; a date means the end of that
 * Swedish day ("as it stood on 2026-11-24"). Null when unreadable.
 */
export function instantOf(value: string, dateMeans: 'start' | 'end' = 'end'): string | null {
  if (DATE.test(value)) return dateMeans === 'start' ? swedishDayStart(value) : swedishDayEnd(value);
  const t = new Date(value);
  return Number.isNaN(t.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(value) ? null : t.toISOString();
}
