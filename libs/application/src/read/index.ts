import type { Projection } from '@beslutskedjan/projections';
import { casesProjection } from './cases.projection.js';
import { caseRegisterProjection } from '../case-register/read/case-register.projection.js';

export { casesProjection } from './cases.projection.js';
export * from './cases.schema.js';
export * from './cases.views.js';
export { getCaseDetail, listCases, toCaseSummary, type CaseRow } from './cases.queries.js';

/** The application read models, in the order the runner should apply them. */
export const applicationProjections: readonly Projection[] = [casesProjection, caseRegisterProjection];
