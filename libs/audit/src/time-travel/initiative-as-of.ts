import { type EventStore, Upcasters } from '@beslutskedjan/event-store';
import {
  initiativeDecider,
  initiativeStreamId,
  type InitiativeEvent,
  initiativesProjection,
  getInitiative,
  type InitiativeDetail,
} from '@beslutskedjan/initiative';
import { asOfInstant } from './as-of.js';
import { replayInMemory } from './replay-in-memory.js';

export type InitiativeAsOf = InitiativeDetail & { asOf: string };

/**
 * A funded initiative as it stood at `asOf`: its stream up to that instant, folded through the
 * initiative decider and rendered through the initiatives projection, so the shape is today's
 * `getInitiative` view. Null before it was funded.
 */
export async function initiativeAsOf(
  store: EventStore,
  tenant: string,
  initiativeId: string,
  asOf: string,
  options: { upcasters?: Upcasters } = {},
): Promise<InitiativeAsOf | null> {
  const instant = asOfInstant(asOf);
  const upcasters = options.upcasters ?? new Upcasters();
  const stored = (await store.readStream(initiativeStreamId(tenant, initiativeId), { asOf: instant })).map((e) => upcasters.apply(e));
  const state = (stored as unknown as InitiativeEvent[]).reduce(initiativeDecider.evolve, initiativeDecider.initialState());
  if (state.status === 'none') return null;
  const detail = replayInMemory(initiativesProjection, stored, (db) => getInitiative(db, tenant, initiativeId));
  return detail === null ? null : { ...detail, asOf: instant };
}
