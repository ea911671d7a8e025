// The public surface of this lib: other libs, apps, tools and tests import from here only.
export { criteriaChecklist } from './read/list-registers.js';
export type { ProviderView } from './read/list-registers.js';
export { memberRegisterDecider, providerRegisterDecider } from './registers.deciders.js';
export {
  MEMBER_REGISTER_EVENT_SCHEMA_VERSIONS,
  PROVIDER_REGISTER_EVENT_SCHEMA_VERSIONS,
  memberRegisterStreamId,
  providerRegisterStreamId,
} from './registers.events.js';
export { findMemberUnit, latestAssessment } from './registers.state.js';
export type { MemberRegisterState, ProviderRegisterState } from './registers.state.js';
export { ASF_CRITERIA, MEMBER_KINDS } from './registers.types.js';
export type { MemberKind, MemberUnit, RegisteredMember } from './registers.types.js';
export { RegistersModule } from './registers.module.js';
export { Registers } from './registers.service.js';
