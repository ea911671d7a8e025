// The audit lib's framework-free surface: what worker-thread tasks may import (see thread-tasks.ts).
// Nothing here may reach Nest or another lib's index; lib-purity.spec.ts checks it.
export { PdfWriter, renderPdf } from './exports/pdf-document.js';
export { nameOfIn } from './exports/names-for.js';
export type { Names } from './exports/names-for.js';
