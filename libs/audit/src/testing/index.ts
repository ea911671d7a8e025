// Test helpers of the audit lib, for other libs' specs: import from '@beslutskedjan/audit/testing'.
export { default as applicationSubmittedV0 } from '../fixtures/application-submitted.v0.json' with { type: 'json' };
export { pdfText } from './pdf-checks.js';
export { parseCsv } from './rfc4180.js';
export { writePolicyAndBoardHistory } from './write-history.js';
