const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

const stockholm = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const formatInStockholm = (instant: Date): string => stockholm.format(instant).replace(' ', 'T');

/** Calendar arithmetic on YYYY-MM-DD in UTC, so no time zone or DST can shift the day. */
export function addDays(date: string, days: number): string {
  const match = ISO_DATE.exec(date);
  if (match === null) throw new RangeError(`Expected YYYY-MM-DD, got ${date}`);
  const [, y, m, d] = match;
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) + days)).toISOString().slice(0, 10);
}

export const addMinutes = (instant: string, minutes: number): string => new Date(Date.parse(instant) + minutes * 60_000).toISOString();

/** The Swedish calendar day of an instant. */
export const swedishDay = (instant: string): string => formatInStockholm(new Date(instant)).slice(0, 10);

/**
 * The instant at which Swedish wall-clock time is `time` (HH:MM) on `date`: reminders go out in the
 * morning in Sweden, whatever the season. Tries both offsets Sweden uses (CET +01, CEST +02).
 */
export function atSwedishTime(date: string, time: string): string {
  const match = TIME.exec(time);
  if (!ISO_DATE.test(date) || match === null) throw new RangeError(`Expected YYYY-MM-DD and HH:MM, got ${date} ${time}`);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.parse(`${date}T${time}:00.000Z`) - offsetHours * 3_600_000);
    if (formatInStockholm(candidate) === `${date}T${time}`) return candidate.toISOString();
  }
  // The hour skipped when clocks go forward: one hour later is the same moment people mean.
  return new Date(Date.parse(`${date}T${time}:00.000Z`) - 3_600_000).toISOString();
}
