// The policy lib's framework-free surface: what worker-thread tasks may import (see thread-tasks.ts).
// Nothing here may reach Nest, the event store or another lib's index; lib-purity.spec.ts checks it.
export { swedishDateOf } from './dates.js';
export { INITIATIVE_KIND_LABELS } from './rules/catalogue.js';
export type { InitiativeKind } from './rules/catalogue.js';
