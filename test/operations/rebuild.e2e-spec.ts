import { join } from 'node:path';
import Database from 'better-sqlite3';
import { apiProjections, apiUpcasters } from '../../apps/api/src/app.module.js';
import { SqliteEventStore } from '@beslutskedjan/event-store';
import { rebuildReadModels } from '@beslutskedjan/platform';
import { RemindersApiModule } from '@beslutskedjan/reminders';
import { startTestApp } from '../support/test-app.js';

jest.setTimeout(60_000);

/** Row counts of every table but the checkpoints, which a rebuild writes anew. */
function rowCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all();
    return Object.fromEntries(
      tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]),
    );
  } finally {
    db.close();
  }
}

describe('rebuild read models: from the log, into the same rows', () => {
  it('gives the API read models the live process built, from an empty file', async () => {
    const t = await startTestApp();
    await t.settle();
    const { dataDir } = t.config;
    await t.close();
    const file = join(dataDir, 'read-models-api.sqlite');
    const before = rowCounts(file);
    expect(Object.values(before).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

    const store = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
    try {
      const result = await rebuildReadModels(
        store,
        dataDir,
        'api',
        [...apiProjections, ...RemindersApiModule.projections(t.config)],
        apiUpcasters,
      );
      expect(result.position).toBe(await store.headPosition());
    } finally {
      await store.close();
    }
    const after = rowCounts(file);
    // Tables the API creates outside projections (idempotency responses) start empty after a rebuild.
    for (const table of Object.keys(before).filter(
      (name) => name in after && !['idempotency_responses', 'projection_checkpoints'].includes(name),
    )) {
      expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
    }
  });
});
