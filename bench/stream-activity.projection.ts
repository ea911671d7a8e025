import type Database from 'better-sqlite3';
import type { Projection } from '@beslutskedjan/projections';
import { policyVersionsProjection } from '@beslutskedjan/policy';

/**
 * A counting read model of the kind every capability ends up with (an activity list, an inbox
 * badge): one row per stream, upserted by every event. Written for the bench, in the style a
 * production projection should use: statements prepared once per database.
 */
const TABLE = 'bench_stream_activity';
const upserts = new WeakMap<Database.Database, Database.Statement>();

export const streamActivityProjection: Projection = {
  name: 'bench-stream-activity',
  version: 1,
  tables: [TABLE],
  init(db) {
    db.exec(`CREATE TABLE ${TABLE} (
      tenant TEXT NOT NULL,
      stream_id TEXT NOT NULL,
      events INTEGER NOT NULL,
      first_position INTEGER NOT NULL,
      last_position INTEGER NOT NULL,
      last_type TEXT NOT NULL,
      last_occurred_at TEXT NOT NULL,
      PRIMARY KEY (tenant, stream_id)
    )`);
  },
  apply(db, event) {
    let upsert = upserts.get(db);
    if (!upsert) {
      upsert = db.prepare(`INSERT INTO ${TABLE} VALUES (?, ?, 1, ?, ?, ?, ?)
        ON CONFLICT (tenant, stream_id) DO UPDATE SET events = events + 1, last_position = excluded.last_position,
          last_type = excluded.last_type, last_occurred_at = excluded.last_occurred_at`);
      upserts.set(db, upsert);
    }
    const position = Number(event.position);
    upsert.run(event.metadata.tenant, event.streamId, position, position, event.type, event.metadata.occurredAt);
  },
};

/** What the rebuild measurements run: the policy capability's real projection plus the counter above. */
export const benchProjections: readonly Projection[] = [policyVersionsProjection, streamActivityProjection];
