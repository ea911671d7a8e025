import type { DomainEvent } from '@beslutskedjan/shared';
import type { CriteriaAssessment, MemberKind, MemberUnit } from './registers.types.js';

/**
 * The förbund's registers: its members (stream `${tenant}/member-register`) and the providers the
 * members work with (`${tenant}/provider-register`). All events at schema version 1.
 */
export type MemberRegistered = DomainEvent<
  'MemberRegistered',
  { kind: MemberKind; name: string; organisationNumber: string; units: MemberUnit[]; registeredOn: string; registeredBy: string }
>;

export type ProviderRegistered = DomainEvent<
  'ProviderRegistered',
  { organisationNumber: string; name: string; presentsAsAsf: boolean; registeredOn: string; registeredBy: string }
>;

export type ProviderCriteriaAssessed = DomainEvent<
  'ProviderCriteriaAssessed',
  { organisationNumber: string } & Omit<CriteriaAssessment, 'allMet'>
>;

export type MemberRegisterEvent = MemberRegistered;
export type ProviderRegisterEvent = ProviderRegistered | ProviderCriteriaAssessed;

export const MEMBER_REGISTER_EVENT_SCHEMA_VERSIONS: Readonly<Record<MemberRegisterEvent['type'], number>> = { MemberRegistered: 1 };
export const PROVIDER_REGISTER_EVENT_SCHEMA_VERSIONS: Readonly<Record<ProviderRegisterEvent['type'], number>> = {
  ProviderRegistered: 1,
  ProviderCriteriaAssessed: 1,
};

export const memberRegisterStreamId = (tenant: string) => `${tenant}/member-register`;
export const providerRegisterStreamId = (tenant: string) => `${tenant}/provider-register`;
