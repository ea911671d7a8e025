import type { EventStore } from '../event-store.port.js';
import { eventStoreContract } from '../testing/event-store.contract.js';
import type { KurrentDbEventStore } from './kurrentdb-event-store.js';

const url = process.env.KURRENTDB_URL;

/** The client is loaded only when a server is configured, so the skip path never depends on it. */
async function loadAdapter(): Promise<typeof KurrentDbEventStore> {
  try {
    return (await import('./kurrentdb-event-store.js')).KurrentDbEventStore;
  } catch (error) {
    throw new Error(
      'Could not load @kurrent/kurrentdb-client under jest. If the cause is "self is not defined", jest is ' +
        'transforming node_modules/google-protobuf; exclude it in transformIgnorePatterns.',
      { cause: error },
    );
  }
}

if (url) {
  eventStoreContract('KurrentDB', async (): Promise<EventStore> => (await loadAdapter()).connect(url));
} else {
  describe('EventStore contract: KurrentDB', () => {
    it('is skipped: KURRENTDB_URL is not set', () => {
      console.warn(
        'KurrentDB contract suite skipped: KURRENTDB_URL is not set (no KurrentDB server on this machine). ' +
          'Set KURRENTDB_URL=kurrentdb://localhost:2113?tls=false to run it.',
      );
    });
  });
}
