import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@beslutskedjan/event-store';
import type { ReminderIntent } from '../schedule/reminder-intent.js';
import { DeliveryLedger } from './delivery-ledger.js';

const intent = (id: string): ReminderIntent => ({
  id,
  tenant: 't1',
  kind: 'case_to_prepare',
  dueAt: '2027-03-01T08:00:00.000Z',
  expiresAt: '2027-03-31T08:00:00.000Z',
  subject: { applicationId: id },
  audience: 'director',
});
const mail = (userId: string) => ({ userId, channel: 'outbox' as const, messageId: `<${userId}>`, sentAt: '2027-03-01T08:00:01.000Z' });
const done = { channel: 'outbox' as const, recipients: ['dora'], mailedTo: ['dora'], deliveredAt: '2027-03-01T08:00:02.000Z' };

describe('The delivery ledger, read by two worker processes on one store file', () => {
  let dir: string;
  let stores: SqliteEventStore[];
  let here: DeliveryLedger;
  let there: DeliveryLedger;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-'));
    stores = [SqliteEventStore.open(join(dir, 'events.sqlite')), SqliteEventStore.open(join(dir, 'events.sqlite'))];
    here = new DeliveryLedger(stores[0]!);
    there = new DeliveryLedger(stores[1]!);
  });
  afterEach(async () => {
    for (const store of stores) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sees what the other process recorded after its own last read of the stream', async () => {
    await here.recordMail(intent('a1'), mail('dora'));
    expect(await here.read(intent('a1'))).toEqual({ delivered: false, mailed: new Set(['dora']) });

    await there.recordMail(intent('a1'), mail('carl'));
    await there.recordDelivered(intent('a1'), done);
    await there.recordMail(intent('a2'), mail('dora'));

    expect(await here.read(intent('a1'))).toEqual({ delivered: true, mailed: new Set(['dora', 'carl']) });
    expect(await here.read(intent('a2'))).toEqual({ delivered: false, mailed: new Set(['dora']) });
    expect(await here.read(intent('a3'))).toEqual({ delivered: false, mailed: new Set() });
  });

  it('keeps each intent apart, and a recorded step recorded again changes nothing', async () => {
    await here.recordMail(intent('a1'), mail('dora'));
    await there.recordMail(intent('a1'), mail('dora'));
    const entry = await here.read(intent('a1'));
    expect(entry).toEqual({ delivered: false, mailed: new Set(['dora']) });
    expect(await there.read(intent('a2'))).toEqual({ delivered: false, mailed: new Set() });
  });
});
