export * from './event.js';
export * from './errors.js';
export * from './event-store.port.js';
export * from './integrity/event-hash.js';
export * from './integrity/append-chained.js';
