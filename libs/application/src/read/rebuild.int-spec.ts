import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '@beslutskedjan/event-store';
import { ProjectionRunner } from '@beslutskedjan/projections';
import { applicationProjections } from './index.js';
import { boardProjections } from '@beslutskedjan/board';
import { demoStory } from './testing-scenario.js';
import { dumpTables, readModelOf, rowsPerTenant } from './testing-db.js';

const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-rebuild-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const history = [...demoStory('other', 'ANNAN ').until('chair-voted'), ...demoStory('demo').until('end')];

describe('read models rebuild', () => {
  it('gives identical tables when the same events are applied to two fresh databases', () => {
    const first = readModelOf(dir, history);
    const second = readModelOf(dir, history);
    const dump = dumpTables(first);
    expect(dump.cases).toHaveLength(8);
    expect(dumpTables(second)).toEqual(dump);
    expect(rowsPerTenant(first).meetings).toEqual({ demo: 2, other: 2 });
    first.close();
    second.close();
  });

  it('gives identical tables when the runner rebuilds from the event store', async () => {
    const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
    for (const [i, d] of history.entries()) {
      const metadata = { tenant: d.tenant, actor: d.actor, correlationId: `c-${i}`, causationId: null, occurredAt: d.at, schemaVersion: 1 };
      await store.append(d.streamId, [{ eventId: `e-${i}`, type: d.type, data: d.data, metadata }], 'any');
    }
    const projections = [...applicationProjections, ...boardProjections];
    const build = async (file: string) => {
      const db = new Database(join(dir, file));
      await new ProjectionRunner(store, db, projections).catchUp();
      return db;
    };
    const a = await build('runner-a.sqlite');
    const b = await build('runner-b.sqlite');
    expect(dumpTables(b)).toEqual(dumpTables(a));
    const direct = readModelOf(dir, history);
    expect(dumpTables(a).case_history).toHaveLength(dumpTables(direct).case_history?.length ?? -1);
    direct.close();
    a.close();
    b.close();
    await store.close();
  });
});
