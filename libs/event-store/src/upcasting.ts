import type { StoredEvent } from './event.js';

/** Lifts one event type's payload from `fromVersion` to `fromVersion + 1`. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: unknown): unknown;
}

/**
 * Old events are never rewritten (decisions are immutable facts); they are lifted on read.
 * Every code path that reads events (deciders, projections, timelines) goes through here.
 */
export class Upcasters {
  private readonly byKey = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const u of upcasters) this.register(u);
  }

  register(upcaster: Upcaster): this {
    const key = `${upcaster.type}@${upcaster.fromVersion}`;
    if (this.byKey.has(key)) throw new Error(`Two upcasters for ${key}`);
    this.byKey.set(key, upcaster);
    return this;
  }

  apply<E extends StoredEvent>(event: E): E {
    let version = event.metadata.schemaVersion;
    let data = event.data;
    for (let step = this.byKey.get(`${event.type}@${version}`); step; step = this.byKey.get(`${event.type}@${version}`)) {
      data = step.upcast(data);
      version += 1;
    }
    return version === event.metadata.schemaVersion ? event : { ...event, data, metadata: { ...event.metadata, schemaVersion: version } };
  }
}
