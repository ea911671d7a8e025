export { CaseTimelinePage as CaseTimelineRoute } from '../../features/case-timeline';
export { AuditTrailPage as AuditTrailRoute, DecisionsUnderPolicyPage as DecisionsUnderPolicyRoute } from '../../features/audit-trail';
export { BoardCompositionPage as BoardCompositionRoute } from '../../features/board-composition';
export { PolicyAdminPage as PolicyAdminRoute } from '../../features/policy-admin';
export { RemindersAdminPage as RemindersAdminRoute } from '../../features/reminders-admin';
