import type { NewEvent } from './event.js';

/** Payloads are plain JSON objects in every adapter (KurrentDB cannot store a bare number or null as JSON). */
export function assertObjectData(event: NewEvent): void {
  const { data } = event;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new TypeError(`Event ${event.eventId} (${event.type}): data must be a JSON object`);
  }
}
