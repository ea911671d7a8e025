import { randomUUID } from 'node:crypto';
import {
  APPLICATION_EVENT_SCHEMA_VERSIONS,
  applicationStreamId,
  type ApplicationSubmitted,
  type ApplicationContent,
} from '@beslutskedjan/application';
import { type NewEvent, SqliteEventStore } from '@beslutskedjan/event-store';
import { PeopleDirectory } from '@beslutskedjan/people';
import { policyStreamId } from '@beslutskedjan/policy';
import { content } from '@beslutskedjan/reminders/testing';
import { DIRECTOR, draftedEvent } from './support/fixtures.js';
import { now } from './support/stats.js';

/**
 * The reminder pipeline's input: real events from which the worker's own schedule projection
 * derives one `case_to_prepare` intent per submitted application (due at submission, for "the
 * director"). Per tenant, one policy draft by the director is what the recipients resolver needs
 * to find a director (everyone who acted as director lately), and the people directory gives
 * that director an e-mail address, so every intent is mailed and notified in the app.
 */
export const INTENTS_PER_TENANT = 100;

const APPLICANT = { userId: 'bench-applicant', role: 'applicant' } as const;
/** The reminder specs' application: the content plays no part in a case_to_prepare reminder. */
const CONTENT: ApplicationContent = content('Arbetsträning på Kooperativet Exempel');

export const tenantOf = (k: number) => `bench-r${Math.floor(k / INTENTS_PER_TENANT)}`;
/** The id the schedule gives application `k`'s reminder (libs/reminders/src/schedule/case-reminders.ts). */
export const intentIdOf = (k: number) => `case-app-${k}-to-prepare`;

function submission(k: number, at: string): NewEvent<'ApplicationSubmitted', ApplicationSubmitted['data']> {
  const tenant = tenantOf(k);
  return {
    eventId: randomUUID(),
    type: 'ApplicationSubmitted',
    data: { applicationId: `app-${k}`, caseNumber: `2026/${k}`, content: CONTENT, submittedBy: APPLICANT.userId, submittedAt: at },
    metadata: {
      tenant,
      actor: { ...APPLICANT },
      correlationId: randomUUID(),
      causationId: null,
      occurredAt: at,
      schemaVersion: APPLICATION_EVENT_SCHEMA_VERSIONS.ApplicationSubmitted,
    },
  };
}

function directorActed(tenant: string, at: string): NewEvent {
  const drafted = draftedEvent('bench-policy', 1, 0);
  return { ...drafted, data: { ...drafted.data, draftedAt: at }, metadata: { ...drafted.metadata, tenant, occurredAt: at } };
}

/**
 * Appends the events through `SqliteEventStore.append`, one stream per call as the command handlers
 * would, with synchronous=OFF: the seed is setup, not what is measured (the store is reopened with
 * its durable pragmas before the pipeline runs).
 */
export async function seedReminderIntents(file: string, dataDir: string, count: number): Promise<{ events: number; seconds: number }> {
  const t0 = now();
  // An hour ago: due now, and far from lapsing (30 days).
  const at = new Date(Date.now() - 3600_000).toISOString();
  const store = SqliteEventStore.open(file);
  const people = PeopleDirectory.open(dataDir);
  let events = 0;
  try {
    store.database.pragma('synchronous = OFF');
    for (let k = 0; k < count; k++) {
      if (k % INTENTS_PER_TENANT === 0) {
        const tenant = tenantOf(k);
        await store.append(policyStreamId(tenant, 'bench-policy'), [directorActed(tenant, at)], 'no_stream');
        people.upsert(tenant, DIRECTOR.userId, { displayName: 'Dora Förbundschef', email: 'dora@example.org', locale: 'sv' }, at);
        events++;
      }
      await store.append(applicationStreamId(tenantOf(k), `app-${k}`), [submission(k, at)], 'no_stream');
      events++;
    }
    store.database.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await store.close();
    people.close();
  }
  return { events, seconds: (now() - t0) / 1000 };
}
