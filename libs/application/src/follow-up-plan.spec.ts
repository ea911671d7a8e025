import { addMonths, buildFollowUpPlan } from './follow-up-plan.js';

describe('buildFollowUpPlan', () => {
  it('registers in Uppföljning Finsam after a month, reports every six months and finally two months after the end', () => {
    expect(buildFollowUpPlan({ from: '2026-04-01', to: '2027-12-31' }, 6)).toEqual({
      items: [
        { n: 1, kind: 'finsam_registration', dueDate: '2026-05-01' },
        { n: 2, kind: 'progress_report', dueDate: '2026-10-01' },
        { n: 3, kind: 'progress_report', dueDate: '2027-04-01' },
        { n: 4, kind: 'progress_report', dueDate: '2027-10-01' },
        { n: 5, kind: 'final_report', dueDate: '2028-02-29' },
      ],
    });
  });

  it('asks for no progress report on or after the last day: the final report covers it', () => {
    const plan = buildFollowUpPlan({ from: '2026-01-01', to: '2026-07-01' }, 6);
    expect(plan.items.map((i) => i.kind)).toEqual(['finsam_registration', 'final_report']);
  });

  it('orders a registration and a report due the same day registration first', () => {
    const plan = buildFollowUpPlan({ from: '2026-01-15', to: '2026-04-30' }, 1);
    expect(plan.items).toEqual([
      { n: 1, kind: 'finsam_registration', dueDate: '2026-02-15' },
      { n: 2, kind: 'progress_report', dueDate: '2026-02-15' },
      { n: 3, kind: 'progress_report', dueDate: '2026-03-15' },
      { n: 4, kind: 'progress_report', dueDate: '2026-04-15' },
      { n: 5, kind: 'final_report', dueDate: '2026-06-30' },
    ]);
  });

  it('counts from the start so that month ends do not drift', () => {
    const plan = buildFollowUpPlan({ from: '2026-01-31', to: '2026-12-31' }, 1);
    expect(plan.items.filter((i) => i.kind === 'progress_report').map((i) => i.dueDate.slice(5))).toEqual([
      '02-28',
      '03-31',
      '04-30',
      '05-31',
      '06-30',
      '07-31',
      '08-31',
      '09-30',
      '10-31',
      '11-30',
    ]);
  });

  it('refuses a period out of order, malformed dates and a non-positive interval', () => {
    expect(() => buildFollowUpPlan({ from: '2027-01-01', to: '2026-01-01' }, 6)).toThrow(
      expect.objectContaining({ code: 'PERIOD_INVALID' }),
    );
    expect(() => buildFollowUpPlan({ from: '2026-02-30', to: '2027-01-01' }, 6)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => buildFollowUpPlan({ from: '2026-01-01', to: '2027-01-01' }, 0)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => buildFollowUpPlan({ from: '2026-01-01', to: '2027-01-01' }, 1.5)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

describe('addMonths', () => {
  it('adds calendar months across years and clamps to the month’s last day', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonths('2026-05-15', 12)).toBe('2027-05-15');
  });
});
