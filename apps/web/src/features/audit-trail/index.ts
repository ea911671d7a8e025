export { AuditTrailPage } from './components/audit-trail-page';
export { DecisionsUnderPolicyPage } from './components/decisions-under-policy-page';
