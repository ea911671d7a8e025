// The public surface of this lib: other libs, apps, tools and tests import from here only.
export { CLOCK, ControllableClock, systemClock } from './clock.js';
export type { Clock } from './clock.js';
export { assertNever } from './decider.js';
export type { Command, CommandMetadata, Decider, DomainEvent } from './decider.js';
export { AppError, DomainRuleError, ForbiddenError, InvalidInputError, NotFoundError } from './errors.js';
export type { FieldProblem } from './errors.js';
export { ROLES, TENANT_PATTERN, USER_ID_PATTERN, isRole } from './identity.js';
export type { Actor, Principal, Role } from './identity.js';
export {
  checkOrganisationNumber,
  isValidOrganisationNumber,
  luhnValid,
  organisationNumberProblemText,
  validOrganisationNumber,
} from './organisation-number.js';
export type { OrganisationNumberCheck, OrganisationNumberProblem } from './organisation-number.js';
export { privateDir, privateFile } from './private-files.js';
export { rememberWrite, traced, tracedApply } from './tracing.js';
