// Test helpers of this lib for other libs' specs, tools and bench: import '@beslutskedjan/<lib>/testing'.
export { Story, toStored } from '../read/testing-fixtures.js';
export type { DraftEvent } from '../read/testing-fixtures.js';
export { MEETING, demoStory } from '../read/testing-scenario.js';
export {
  APPLICANT,
  APPLICATION_ID,
  CASE_NUMBER,
  CASE_OFFICER,
  DIRECTOR,
  NOW,
  ORG,
  POLICY_REF,
  TODAY,
  applicant,
  as,
  cashGrantFinding,
  content,
  director,
  inForce,
  inPreparation,
  officer,
  policyRules,
  recommended,
  registered,
  screened,
  submitted,
  supplementRequested,
  taken,
  terms,
} from './application-fixtures.js';
export { readModelOf } from '../read/testing-db.js';
