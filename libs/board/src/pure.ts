// The board lib's framework-free surface: what worker-thread tasks may import (see thread-tasks.ts).
// Nothing here may reach Nest or another lib's index; lib-purity.spec.ts checks it.
export { formatSek } from './meeting/minutes/format-sek.js';
