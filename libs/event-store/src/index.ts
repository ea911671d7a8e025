export * from './event.js';
export * from './errors.js';
export * from './event-store.port.js';
export * from './integrity/event-hash.js';
export * from './integrity/append-chained.js';
export {
  AUDIT_GENESIS_SCHEMA_VERSION,
  auditGenesisStreamId,
  ensureGenesis,
  genesisBefore,
  genesisPosition,
} from './integrity/chain-genesis.js';
export { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store.js';
export { SqliteEventStore } from './sqlite/sqlite-event-store.js';
export { SqliteReadOnlyStore } from './sqlite/sqlite-read-only-store.js';
export { applyDurablePragmas, createEventTables } from './sqlite/sqlite-schema.js';
export { Upcasters } from './upcasting.js';
export type { Upcaster } from './upcasting.js';
