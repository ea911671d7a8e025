import { instantOf, swedishDayEnd, swedishDayStart } from './swedish-time.js';

describe('Swedish days as UTC instants', () => {
  it('a winter day starts at 23:00 UTC the day before, a summer day at 22:00', () => {
    expect(swedishDayStart('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(swedishDayStart('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
    expect(swedishDayEnd('2026-12-10')).toBe('2026-12-10T22:59:59.999Z');
  });

  it('handles the days the clocks change', () => {
    expect(swedishDayStart('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(swedishDayStart('2026-03-30')).toBe('2026-03-29T22:00:00.000Z');
    expect(swedishDayStart('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(swedishDayStart('2026-10-26')).toBe('2026-10-25T23:00:00.000Z');
  });

  it('reads a timestamp or a date; a date means the end of that day unless asked otherwise', () => {
    expect(instantOf('2026-11-24T10:00:00+01:00')).toBe('2026-11-24T09:00:00.000Z');
    expect(instantOf('2026-11-24')).toBe('2026-11-24T22:59:59.999Z');
    expect(instantOf('2026-11-24', 'start')).toBe('2026-11-23T23:00:00.000Z');
    expect(instantOf('igår')).toBeNull();
  });
});
