export * from './application.events.js';
export * from './application.types.js';
export * from './application.state.js';
export * from './application.decider.js';
export * from './application-content.js';
export * from './approval-terms.js';
export {
  checkOrganisationNumber,
  luhnValid,
  validOrganisationNumber,
  isValidOrganisationNumber,
  organisationNumberProblemText,
} from '@beslutskedjan/shared';
export type { OrganisationNumberProblem, OrganisationNumberCheck } from '@beslutskedjan/shared';
export * from './follow-up-plan.js';
export * from './screening/derive-facts.js';
export * from './screening/screen-application.js';
export * from './case-register/assign-case-number.js';
export * from './submitting/submit-application.command.js';
export * from './revising/revise-application.command.js';
export * from './withdrawing/withdraw-application.command.js';
export * from './taking-case/take-case.command.js';
export * from './requesting-supplement/request-supplement.command.js';
export * from './recommending/recommend.command.js';
export * from './deciding-under-delegation/decide-under-delegation.command.js';
export * from './applying-board-decision/apply-board-decision.command.js';
export { applicationIdSchema } from './application.schemas.js';
export { getCaseDetail } from './read/cases.queries.js';
export { AGENDA_CASES_TABLE, CASES_TABLE, CASE_SUPPLEMENTS_TABLE } from './read/cases.schema.js';
export type {
  CaseDecisionView,
  CaseDetail,
  CaseHistoryEntry,
  CaseList,
  CaseRecommendationView,
  CaseRevisionView,
  CaseScreeningView,
  CaseStatus,
  CaseSummary,
  CaseSupplementView,
} from './read/cases.views.js';
export { applicationContentUpcasters } from './schema-evolution/content-v1-to-v2.upcaster.js';
export type { ApplicationContentV1 } from './schema-evolution/content-v1-to-v2.upcaster.js';
export { casesProjection } from './read/cases.projection.js';
export { ApplicationModule } from './application.module.js';
export { applicationProjections } from './read/index.js';
