import type { Projection } from '@beslutskedjan/projections';
import { initiativesProjection } from './initiatives.projection.js';

export { initiativesProjection } from './initiatives.projection.js';
export * from './initiatives.schema.js';
export * from './initiatives.views.js';
export { getInitiative, listInitiatives } from './initiatives.queries.js';

/** The initiative read models, in the order the runner should apply them. */
export const initiativeProjections: readonly Projection[] = [initiativesProjection];
