/**
 * The API's response shapes. Query responses carry no OpenAPI schema yet, so their types come from
 * the read models themselves (type-only imports, erased in the build): the app still cannot drift.
 */
export type {
  CaseDetail,
  CaseList,
  CaseSummary,
  CaseRevisionView,
  CaseRecommendationView,
  CaseSupplementView,
  CaseScreeningView,
  CaseDecisionView,
  CaseHistoryEntry,
  CaseStatus,
} from '../../../../../libs/application/src/read/cases.views';
export type { ApplicationContent, ScreeningFinding } from '../../../../../libs/application/src/application.types';
export type { RegisteredMember } from '../../../../../libs/registers/src/registers.types';
export type { ProviderView } from '../../../../../libs/registers/src/read/list-registers';
export type { InboxItem } from '../../../../../libs/board/src/read/inbox.queries';
export type { Role } from '../../../../../libs/shared/src/identity';
