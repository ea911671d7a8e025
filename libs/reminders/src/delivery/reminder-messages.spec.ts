import { atSwedishTime, swedishDay } from '../schedule/calendar.js';
import type { ReminderIntent, ReminderKind } from '../schedule/reminder-intent.js';
import { renderReminder } from './reminder-messages.js';

const intent = (kind: ReminderKind, subject: ReminderIntent['subject']): ReminderIntent => ({
  id: 'x',
  tenant: 't1',
  kind,
  dueAt: '2027-06-17T06:00:00.000Z',
  expiresAt: '2027-07-01T06:00:00.000Z',
  subject,
  audience: 'director',
});
const onCase = { applicationId: 'a1', caseNumber: '2026/0042', title: 'Arbetsträning' };
const onMeeting = { meetingId: 'm1', meetingDate: '2027-02-11', meetingLabel: 'Styrelsemöte 2027-02-11' };

describe('Reminder texts', () => {
  it.each<[ReminderKind, ReminderIntent['subject'], string, string]>([
    ['case_to_prepare', onCase, 'Nytt ärende att bereda: 2026/0042 Arbetsträning', '/cases/a1'],
    [
      'preparation_late',
      { ...onCase, preparationStartedOn: '2027-01-02' },
      'Beredningen drar ut på tiden: 2026/0042 Arbetsträning',
      '/cases/a1',
    ],
    ['supplement_received', onCase, 'Komplettering inkommen: 2026/0042 Arbetsträning', '/cases/a1'],
    [
      'follow_up_due_soon',
      { ...onCase, n: 3, followUpKind: 'final_report', dueDate: '2027-07-01' },
      'Slutrapport ska lämnas senast 2027-07-01: 2026/0042 Arbetsträning',
      '/cases/a1#uppfoljning',
    ],
    [
      'meeting_agenda',
      { ...onMeeting, agenda: [{ itemNo: 1, caseNumber: '2026/0042', title: 'Arbetsträning' }] },
      'Kallelse: Styrelsemöte 2027-02-11 (2027-02-11)',
      '/meetings/m1',
    ],
    ['vote_pending', { ...onMeeting, ...onCase, itemNo: 2 }, 'Din röst saknas: § 2 2026/0042 Arbetsträning', '/meetings/m1#item-2'],
    [
      'minutes_to_attest',
      { ...onMeeting, attestAs: 'adjuster' },
      'Protokoll att justera: Styrelsemöte 2027-02-11 (2027-02-11)',
      '/meetings/m1',
    ],
    ['policy_review', { year: 2027 }, 'Årlig översyn av riktlinjer och handlingsplan 2027', '/policy'],
  ])('%s: Swedish title and a link under PUBLIC_URL', (kind, subject, title, path) => {
    const message = renderReminder(intent(kind, subject), 'https://beslut.example.se');
    expect(message.title.sv).toBe(title);
    expect(message.link).toBe(`https://beslut.example.se${path}`);
    expect(message.body.sv).toContain(message.link);
    expect(message.body.en).toContain(message.link);
  });
});

describe('Swedish wall-clock time', () => {
  it.each([
    ['2027-01-15', '08:00', '2027-01-15T07:00:00.000Z'],
    ['2027-07-01', '08:00', '2027-07-01T06:00:00.000Z'],
    ['2027-03-28', '02:30', '2027-03-28T01:30:00.000Z'],
    ['2027-10-31', '08:00', '2027-10-31T07:00:00.000Z'],
  ])('%s %s in Sweden is %s', (date, time, instant) => {
    expect(atSwedishTime(date, time)).toBe(instant);
  });

  it('gives the Swedish day of an instant, not the UTC one', () => {
    expect(swedishDay('2027-03-01T23:30:00.000Z')).toBe('2027-03-02');
  });
});
