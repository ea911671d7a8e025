import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { StoredEvent } from '@beslutskedjan/event-store';
import { demoPolicyHistory, DEMO_POLICY_ID } from '../demo/demo-policy-history.js';
import { policyDecider } from '../policy.decider.js';
import type { PolicyEvent } from '../policy.events.js';
import { POLICY_EVENT_SCHEMA_VERSIONS } from '../policy.events.js';
import { policyStreamId } from '../policy.stream.js';
import { diffPolicyVersions } from './diff-policy-versions.js';
import { policyVersionsProjection } from './policy-versions.projection.js';
import { getVersion, listVersions, versionInForce } from './policy-versions.queries.js';

const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let db: Database.Database;
let position = 0n;
let fileNo = 0;
const revisions = new Map<string, number>();

/** Runs the commands through the decider and hands the events to the projection, as the runner would. */
function play(tenant: string, commands = demoPolicyHistory()): void {
  let state = policyDecider.initialState();
  for (const command of commands) {
    const events = policyDecider.decide({ ...command, metadata: { ...command.metadata, tenant } }, state);
    for (const event of events) {
      state = policyDecider.evolve(state, event);
      project(tenant, event, command.metadata.now);
    }
  }
}

function project(tenant: string, event: PolicyEvent, occurredAt: string): void {
  const streamId = policyStreamId(tenant, event.data.policyId);
  const revision = (revisions.get(streamId) ?? -1) + 1;
  revisions.set(streamId, revision);
  const stored: StoredEvent = {
    eventId: `${streamId}-${revision}`,
    type: event.type,
    data: event.data,
    metadata: {
      tenant,
      actor: { userId: 'demo-seed', role: 'director' },
      correlationId: 'c',
      causationId: null,
      occurredAt,
      schemaVersion: POLICY_EVENT_SCHEMA_VERSIONS[event.type],
    },
    streamId,
    revision,
    position: position++,
  };
  db.transaction(() => policyVersionsProjection.apply(db, stored))();
}

beforeEach(() => {
  db = new Database(join(dir, `read-${fileNo++}.sqlite`));
  policyVersionsProjection.init(db);
  revisions.clear();
});
afterEach(() => db.close());

describe('policy_versions read model', () => {
  it('lists every version with its adoption, per tenant', () => {
    play('demo');
    play('other');
    const versions = listVersions(db, 'demo', DEMO_POLICY_ID);
    expect(versions.map((v) => [v.revision, v.status, v.adoption?.adoptedOn])).toEqual([
      [1, 'adopted', '2009-06-11'],
      [2, 'adopted', '2011-11-28'],
      [3, 'adopted', '2013-11-28'],
      [4, 'adopted', '2019-12-12'],
    ]);
    expect(versions[1]?.adoption?.meeting).toEqual({ label: 'Styrelsemöte 2011-11-28' });
    expect(versions[3]?.rules.delegationThresholdSek).toBe(100_000);
    expect(listVersions(db, 'demo')).toHaveLength(4);
    expect(listVersions(db, 'nobody')).toEqual([]);
    const tenants = db
      .prepare<[], { tenant: string; n: number }>('SELECT tenant, COUNT(*) AS n FROM policy_versions GROUP BY tenant')
      .all();
    expect(tenants).toEqual([
      { tenant: 'demo', n: 4 },
      { tenant: 'other', n: 4 },
    ]);
  });

  it('answers which version was in force on a date', () => {
    play('demo');
    expect(versionInForce(db, 'demo', '2009-06-10', DEMO_POLICY_ID)).toBeNull();
    expect(versionInForce(db, 'demo', '2010-01-01', DEMO_POLICY_ID)?.title).toBe('Policy Sociala företag');
    expect(versionInForce(db, 'demo', '2012-01-01', DEMO_POLICY_ID)?.title).toBe('Policy Startbidrag Sociala företag');
    expect(versionInForce(db, 'demo', '2026-01-01', DEMO_POLICY_ID)?.revision).toBe(4);
    expect(versionInForce(db, 'demo', '2012-01-01').map((v) => v.revision)).toEqual([2]);
    expect(versionInForce(db, 'other', '2012-01-01', DEMO_POLICY_ID)).toBeNull();
  });

  it('keeps drafts out of force and honours a retirement', () => {
    const [draft1, adopt1] = demoPolicyHistory();
    if (draft1?.type !== 'DraftPolicyRevision' || adopt1 === undefined) throw new Error('expected draft then adoption');
    const chair = { now: '2012-05-02T10:00:00.000Z', actor: { userId: 'u-chair', role: 'chair' as const }, tenant: 'demo' };
    play('demo', [
      draft1,
      adopt1,
      { ...draft1, data: { ...draft1.data, title: 'Utkast' } },
      { type: 'RetirePolicy', data: { policyId: DEMO_POLICY_ID, retiredOn: '2012-05-01', reason: 'Upphävd' }, metadata: chair },
    ]);
    expect(getVersion(db, 'demo', DEMO_POLICY_ID, 2)).toMatchObject({ status: 'draft', adoption: null, title: 'Utkast' });
    expect(versionInForce(db, 'demo', '2012-04-30', DEMO_POLICY_ID)?.revision).toBe(1);
    expect(versionInForce(db, 'demo', '2012-05-01', DEMO_POLICY_ID)).toBeNull();
    expect(getVersion(db, 'demo', DEMO_POLICY_ID, 1)?.retirement).toEqual({ retiredOn: '2012-05-01', reason: 'Upphävd', meeting: null });
  });

  it('serves the versions a diff needs', () => {
    play('demo');
    const startGrant = getVersion(db, 'demo', DEMO_POLICY_ID, 2)!;
    const current = getVersion(db, 'demo', DEMO_POLICY_ID, 4)!;
    const diff = diffPolicyVersions(startGrant, current);
    expect(diff.rules.fundableKinds.removed.map((k) => k.kind)).toEqual(['start_grant_asf']);
    expect(diff.rules.added.map((r) => r.id)).toContain('no-start-or-develop-asf');
    expect(getVersion(db, 'demo', DEMO_POLICY_ID, 9)).toBeNull();
  });
});
