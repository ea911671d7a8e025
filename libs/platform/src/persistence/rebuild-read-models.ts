import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type EventStore, Upcasters, type Upcaster } from '@beslutskedjan/event-store';
import { type Projection, ProjectionRunner } from '@beslutskedjan/projections';
import { openReadDb } from './read-db.js';

/**
 * Rebuilds one process's read models from the whole log into a new file, then puts it in place
 * of the old one (with the process stopped). Until the rename the old read models stay intact,
 * so an interrupted rebuild leaves nothing half-built behind.
 */
export async function rebuildReadModels(
  store: EventStore,
  dataDir: string,
  processName: string,
  projections: readonly Projection[],
  upcasters: readonly Upcaster[],
): Promise<{ file: string; position: bigint }> {
  const building = `${processName}-rebuild`;
  const scratch = join(dataDir, `read-models-${building}.sqlite`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${scratch}${suffix}`, { force: true });
  const db = openReadDb(dataDir, building);
  let position: bigint;
  try {
    const runner = new ProjectionRunner(store, db, projections, new Upcasters(upcasters));
    await runner.catchUp();
    position = runner.position;
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  const file = join(dataDir, `read-models-${processName}.sqlite`);
  for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  renameSync(scratch, file);
  for (const suffix of ['-wal', '-shm']) if (existsSync(`${scratch}${suffix}`)) rmSync(`${scratch}${suffix}`);
  return { file, position };
}
