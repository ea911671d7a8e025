import { randomUUID } from 'node:crypto';
import type { EventMetadata, NewEvent } from '@beslutskedjan/event-store';
import {
  POLICY_2009_TEXT,
  POLICY_2011_TEXT,
  POLICY_2011_TITLE,
  POLICY_2013_TEXT,
  startGrantPolicyRules,
  type DraftPolicyRevision,
  type PolicyRevisionAdopted,
  type PolicyRevisionDrafted,
  POLICY_EVENT_SCHEMA_VERSIONS,
  policyStreamId,
} from '@beslutskedjan/policy';

/**
 * Bench data is real policy events with the demo's texts (the 2009–2013 versions, ~300 chars)
 * and the 2011 start-grant rules: a drafted event is ~1 KB of JSON, an adoption ~0.45 KB.
 */
export const BENCH_TENANT = 'bench';
export const DIRECTOR = { userId: 'bench-director', role: 'director' } as const;
export const CHAIR = { userId: 'bench-chair', role: 'chair' } as const;

const TEXTS = [POLICY_2009_TEXT, POLICY_2011_TEXT, POLICY_2013_TEXT];
const DAY = 86_400_000;
const EPOCH = Date.parse('2010-01-01T08:00:00.000Z');

export const instant = (day: number): string => new Date(EPOCH + day * DAY).toISOString();
export const dateOf = (day: number): string => instant(day).slice(0, 10);

const metadata = (
  actor: typeof DIRECTOR | typeof CHAIR,
  occurredAt: string,
  type: keyof typeof POLICY_EVENT_SCHEMA_VERSIONS,
): EventMetadata => ({
  tenant: BENCH_TENANT,
  actor: { ...actor },
  correlationId: randomUUID(),
  causationId: null,
  occurredAt,
  schemaVersion: POLICY_EVENT_SCHEMA_VERSIONS[type],
});

export function draftedEvent(
  policyId: string,
  revision: number,
  day: number,
): NewEvent<'PolicyRevisionDrafted', PolicyRevisionDrafted['data']> {
  const at = instant(day);
  return {
    eventId: randomUUID(),
    type: 'PolicyRevisionDrafted',
    data: {
      policyId,
      revision,
      title: `${POLICY_2011_TITLE} (rev ${revision})`,
      text: TEXTS[revision % TEXTS.length] as string,
      rules: startGrantPolicyRules(),
      ...(revision > 1 ? { basedOnRevision: revision - 1 } : {}),
      draftedAt: at,
      draftedBy: DIRECTOR.userId,
    },
    metadata: metadata(DIRECTOR, at, 'PolicyRevisionDrafted'),
  };
}

export function adoptedEvent(
  policyId: string,
  revision: number,
  day: number,
): NewEvent<'PolicyRevisionAdopted', PolicyRevisionAdopted['data']> {
  return {
    eventId: randomUUID(),
    type: 'PolicyRevisionAdopted',
    data: {
      policyId,
      revision,
      adoptedOn: dateOf(day),
      meeting: { label: `Styrelsemöte ${dateOf(day)}, § ${(revision % 12) + 1}` },
      effectiveFrom: dateOf(day),
      note: 'Fastställd av styrelsen enligt protokoll.',
      adoptedBy: CHAIR.userId,
    },
    metadata: metadata(CHAIR, instant(day), 'PolicyRevisionAdopted'),
  };
}

/** Event `index` (0-based) of a seeded policy stream: draft r, adopt r, draft r+1, adopt r+1, … */
export function policyStreamEvent(policyId: string, index: number): NewEvent {
  const revision = Math.floor(index / 2) + 1;
  return index % 2 === 0 ? draftedEvent(policyId, revision, index) : adoptedEvent(policyId, revision, index);
}

export const seedStreamId = (policyId: string): string => policyStreamId(BENCH_TENANT, policyId);

/** The body of `POST /api/policies/:id/revisions` and the data of a DraftPolicyRevision command. */
export const draftBody = () => ({ title: POLICY_2011_TITLE, text: POLICY_2011_TEXT, rules: startGrantPolicyRules() });

export function draftCommand(policyId: string, nowIso: string): DraftPolicyRevision {
  return {
    type: 'DraftPolicyRevision',
    data: { policyId, ...draftBody() },
    metadata: { now: nowIso, actor: { ...DIRECTOR }, tenant: BENCH_TENANT },
  };
}
