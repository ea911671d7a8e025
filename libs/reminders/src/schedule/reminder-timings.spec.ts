import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '@beslutskedjan/platform';
import { DEFAULT_REMINDER_TIMINGS, timingsFingerprint, timingsFrom } from './reminder-timings.js';

const env = (extra: NodeJS.ProcessEnv) => ({ DATA_DIR: mkdtempSync(join(tmpdir(), 'bk-timings-')), ...extra });

describe('Reminder configuration', () => {
  it('given nothing, then every tenant gets the defaults (14/0/7 days, 08:00, policy review on 1 October)', () => {
    const config = loadConfig(env({}));
    expect(timingsFrom(config.reminders.timings)('demo')).toEqual(DEFAULT_REMINDER_TIMINGS);
    expect(config.reminders).toMatchObject({ directorUserIds: [], jobLockMs: 30_000 });
  });

  it('given REMINDER_TIMINGS, then configured defaults apply to all and a tenant override to that tenant only', () => {
    const config = loadConfig(
      env({
        REMINDER_TIMINGS: JSON.stringify({
          defaults: { sendAt: '07:30' },
          tenants: { demo: { followUpDueSoonDays: 21, policyReviewDate: '09-15' } },
        }),
      }),
    );
    const timingsFor = timingsFrom(config.reminders.timings);
    expect(timingsFor('demo')).toMatchObject({
      sendAt: '07:30',
      followUpDueSoonDays: 21,
      policyReviewDate: '09-15',
      followUpOverdueDays: 7,
    });
    expect(timingsFor('other')).toMatchObject({ sendAt: '07:30', followUpDueSoonDays: 14, policyReviewDate: '10-01' });
    expect(timingsFingerprint(config.reminders.timings)).not.toBe(timingsFingerprint());
  });

  it('given DIRECTOR_USER_IDS, then entries are per tenant (tenant:user) or for all tenants (user)', () => {
    expect(loadConfig(env({ DIRECTOR_USER_IDS: 'demo:anna, bertil' })).reminders.directorUserIds).toEqual([
      { tenant: 'demo', userId: 'anna' },
      { tenant: null, userId: 'bertil' },
    ]);
  });

  it.each([
    [{ REMINDER_TIMINGS: '{not json' }, 'REMINDER_TIMINGS'],
    [{ REMINDER_TIMINGS: '{"defaults":{"sendAt":"8 am"}}' }, 'REMINDER_TIMINGS.defaults.sendAt'],
    [{ REMINDER_TIMINGS: '{"tenants":{"demo":{"followUpDueSoonDays":-1}}}' }, 'REMINDER_TIMINGS.tenants.demo.followUpDueSoonDays'],
    [{ REMINDER_TIMINGS: '{"defaults":{"reminderEveryHour":true}}' }, 'REMINDER_TIMINGS.defaults'],
    [{ DIRECTOR_USER_IDS: 'Bad Tenant:anna' }, 'DIRECTOR_USER_IDS'],
    [{ REMINDER_JOB_LOCK_MS: '10' }, 'REMINDER_JOB_LOCK_MS'],
  ])('given %p, then start-up fails naming %s', (vars, name) => {
    expect(() => loadConfig(env(vars))).toThrow(ConfigError);
    expect(() => loadConfig(env(vars))).toThrow(name);
  });
});
