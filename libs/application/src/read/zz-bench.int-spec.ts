import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { READ_PROJECTIONS } from './testing-db.js';
import { toStored, Story, as, content, terms } from './testing-fixtures.js';

const cache = Number(process.env.CACHE ?? 0);
it('bench', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const s = new Story('demo');
  const d = as('u-dir', 'director');
  const N = 20000;
  for (let m = 0; m < N / 10; m++) {
    s.meeting({ type: 'BoardMeetingScheduled', data: { meetingId: `m${m}`, date: '2026-03-12', label: 'x', location: null, scheduledBy: 'u' } }, '2026-01-01T00:00:00Z', d);
  }
  for (let i = 0; i < N; i++) {
    const id = `a${i}`;
    const c = content();
    s.application({ type: 'ApplicationSubmitted', data: { applicationId: id, caseNumber: `2026/${i}`, content: c, submittedBy: 'u', submittedAt: '2026-01-01' } }, '2026-01-01T00:00:00Z', d);
    s.application({ type: 'ApplicationScreened', data: { applicationId: id, applicationRevision: 1, screenedOn: '2026-01-01', policies: [], findings: [], blocking: false, delegationThresholdSek: 1 } }, '2026-01-01T00:00:00Z', d);
    s.application({ type: 'CaseTaken', data: { applicationId: id, preparedBy: 'u-dir' } }, '2026-01-01T00:00:00Z', d);
    s.application({ type: 'ApplicationRevised', data: { applicationId: id, revision: 2, content: c, inResponseTo: null, revisedBy: 'u', revisedAt: 'x' } }, '2026-01-01T00:00:00Z', d);
    s.application({ type: 'RecommendationMade', data: { applicationId: id, recommendation: 'approve', motivation: 'm', terms: terms(1), override: null, basedOnRevision: 2, recommendedBy: 'u-dir' } }, '2026-01-01T00:00:00Z', d);
    const mid = `m${Math.floor(i / 10)}`;
    s.meeting({ type: 'AgendaItemAdded', data: { meetingId: mid, itemNo: i % 10, kind: 'decision', case: { applicationId: id, caseNumber: 'x', title: 't', preparedBy: 'u', recommendation: 'approve', motivation: 'm', terms: terms(1) }, addedBy: 'u' } }, '2026-01-01T00:00:00Z', d);
    s.meeting({ type: 'VoteCast', data: { meetingId: mid, itemNo: i % 10, personId: 'p1', vote: 'approve', replacing: null } }, '2026-01-01T00:00:00Z', d);
    s.meeting({ type: 'VoteCast', data: { meetingId: mid, itemNo: i % 10, personId: 'p2', vote: 'approve', replacing: null } }, '2026-01-01T00:00:00Z', d);
    s.application({ type: 'BoardDecisionTookEffect', data: { applicationId: id, meetingId: mid, itemNo: i % 10, outcome: 'approved', terms: terms(1), motivation: null, meetingDate: 'x', attestedOn: 'y' } }, '2026-01-01T00:00:00Z', d);
  }
  const events = toStored(s.drafts);
  for (const p of READ_PROJECTIONS) {
    const db = new Database(join(dir, `b-${p.name}.sqlite`));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    if (cache) db.pragma(`cache_size = -${cache}`);
    p.init(db);
    const t0 = performance.now();
    for (let k = 0; k < events.length; k += 1000) {
      const batch = events.slice(k, k + 1000);
      db.transaction(() => { for (const e of batch) p.apply(db, e); })();
    }
    const ms = performance.now() - t0;
    console.log(`${p.name}: ${events.length} events in ${ms.toFixed(0)} ms`);
    db.close();
  }
  rmSync(dir, { recursive: true, force: true });
}, 120000);
