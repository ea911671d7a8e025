import { importBoardCsv, parseCsv } from '@beslutskedjan/board';
import { PEOPLE, type PeopleDirectory } from '@beslutskedjan/people';
import { startTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(60_000);

const CSV = `personId;name;email;position;organisationKind;organisationName;organisationNumber;substituteFor;termFrom;termTo
csv-ordf;Karin Lund;karin@example.se;chair;kommun;Mora kommun;212000-2197;;2027-01-01;2030-12-31
csv-ledamot;"Olsson, Per";;member;region;Region Dalarna;232100-0180;;2027-01-01;2030-12-31
csv-ersattare;Lisa Berg;;substitute;region;Region Dalarna;232100-0180;csv-ledamot;2027-01-01;2030-12-31
`;

describe('CSV import of people and board members, through the real command', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { SEED_DEMO: 'false' } });
  });
  afterAll(() => t.close());

  it('parses quoted fields and Swedish semicolons', () => {
    expect(parseCsv('a;b\n"x; ""y""";z\n')).toEqual([
      ['a', 'b'],
      ['x; "y"', 'z'],
    ]);
  });

  it('appoints the board in the file, names in the people directory, and a second run appoints nobody twice', async () => {
    const options = { tenant: 'csvforbund', actor: { userId: 'csv-admin', role: 'admin' as const }, now: new Date('2026-12-01T10:00:00Z') };
    const first = await importBoardCsv(t.app, CSV, options);
    expect(first.map((r) => r.personId)).toEqual(['csv-ordf', 'csv-ledamot', 'csv-ersattare']);
    const again = await importBoardCsv(t.app, CSV, options);
    expect(again.map((r) => r.appointmentId)).toEqual(first.map((r) => r.appointmentId));
    expect(again.every((r) => r.result === null)).toBe(true);
    await t.settle();

    const director = await t.token(['director'], { tenant: 'csvforbund' });
    const board = await t.http.get('/api/board?date=2027-06-01').auth(director, { type: 'bearer' }).expect(200);
    const text = JSON.stringify(board.body);
    for (const id of ['csv-ordf', 'csv-ledamot', 'csv-ersattare'])
      expect(text.split(id).length - 1).toBe(1 + (id === 'csv-ledamot' ? 1 : 0));
    // Names stay out of events: they are in the erasable people directory.
    expect(text).not.toContain('Karin Lund');
    const people = t.app.get<PeopleDirectory>(PEOPLE);
    expect(people.get('csvforbund', 'csv-ordf')).toMatchObject({ displayName: 'Karin Lund', email: 'karin@example.se' });
    expect(people.nameOf('csvforbund', 'csv-ledamot')).toBe('Olsson, Per');
  });

  it('names the line and the field of a bad row, and appoints nothing from it', async () => {
    const bad = CSV.split('\n').slice(0, 1).join('\n') + '\ncsv-x;X;;member;region;Region Dalarna;232100-0181;;2027-01-01;2030-12-31\n';
    await expect(importBoardCsv(t.app, bad, { tenant: 'csvbad', actor: { userId: 'a', role: 'admin' }, now: new Date() })).rejects.toThrow(
      /Line 2/,
    );
  });
});
