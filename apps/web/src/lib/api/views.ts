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
} from '@beslutskedjan/application';
export type { ApplicationContent, ScreeningFinding } from '@beslutskedjan/application';
export type { RegisteredMember } from '@beslutskedjan/registers';
export type { ProviderView } from '@beslutskedjan/registers';
export type { InboxItem } from '@beslutskedjan/board';
export type { Role } from '@beslutskedjan/shared';
