import { assertNever } from '@beslutskedjan/shared';
import type { MemberRegisterEvent, ProviderRegisterEvent } from './registers.events.js';
import { ASF_CRITERIA, type RegisteredMember, type RegisteredProvider } from './registers.types.js';

/** Keyed by organisation number; a register holds tens of entries, so copying on each event is cheap. */
export interface MemberRegisterState {
  members: Readonly<Record<string, RegisteredMember>>;
}

export interface ProviderRegisterState {
  providers: Readonly<Record<string, RegisteredProvider>>;
}

export const initialMemberRegister = (): MemberRegisterState => ({ members: {} });
export const initialProviderRegister = (): ProviderRegisterState => ({ providers: {} });

/** A later registration of the same number supersedes the earlier one (a correction is a new fact). */
export function evolveMemberRegister(state: MemberRegisterState, event: MemberRegisterEvent): MemberRegisterState {
  const { kind, name, organisationNumber, units, registeredOn } = event.data;
  return { members: { ...state.members, [organisationNumber]: { kind, name, organisationNumber, units, registeredOn } } };
}

export function evolveProviderRegister(state: ProviderRegisterState, event: ProviderRegisterEvent): ProviderRegisterState {
  switch (event.type) {
    case 'ProviderRegistered': {
      const { organisationNumber, name, presentsAsAsf, registeredOn } = event.data;
      const assessments = state.providers[organisationNumber]?.assessments ?? [];
      return {
        providers: { ...state.providers, [organisationNumber]: { organisationNumber, name, presentsAsAsf, registeredOn, assessments } },
      };
    }
    case 'ProviderCriteriaAssessed': {
      const { organisationNumber, ...assessment } = event.data;
      const provider = state.providers[organisationNumber];
      if (provider === undefined) return state;
      const allMet = ASF_CRITERIA.every((c) => assessment.criteria[c].met);
      const assessments = [...provider.assessments, { ...assessment, allMet }];
      return { providers: { ...state.providers, [organisationNumber]: { ...provider, assessments } } };
    }
    default:
      return assertNever(event);
  }
}

export const latestAssessment = (provider: RegisteredProvider) => provider.assessments.at(-1) ?? null;

/** A member and its unit by organisation number and unit code. */
export function findMemberUnit(state: MemberRegisterState, organisationNumber: string, unitCode: string) {
  const member = state.members[organisationNumber];
  const unit = member?.units.find((u) => u.code === unitCode);
  return member && unit ? { member, unit } : null;
}
