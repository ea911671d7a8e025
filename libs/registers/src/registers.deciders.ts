import { type Decider, assertNever } from '@beslutskedjan/shared';
import { assessProviderCriteria, type AssessProviderCriteria } from './assessing-provider-criteria/assess-provider-criteria.command.js';
import type { MemberRegisterEvent, ProviderRegisterEvent } from './registers.events.js';
import { registerMember, type RegisterMember } from './registering-member/register-member.command.js';
import { registerProvider, type RegisterProvider } from './registering-provider/register-provider.command.js';
import {
  evolveMemberRegister,
  evolveProviderRegister,
  initialMemberRegister,
  initialProviderRegister,
  type MemberRegisterState,
  type ProviderRegisterState,
} from './registers.state.js';

export const memberRegisterDecider: Decider<RegisterMember, MemberRegisterEvent, MemberRegisterState> = {
  decide: registerMember,
  evolve: evolveMemberRegister,
  initialState: initialMemberRegister,
};

export type ProviderRegisterCommand = RegisterProvider | AssessProviderCriteria;

export const providerRegisterDecider: Decider<ProviderRegisterCommand, ProviderRegisterEvent, ProviderRegisterState> = {
  decide: (command, state) => {
    switch (command.type) {
      case 'RegisterProvider':
        return registerProvider(command, state);
      case 'AssessProviderCriteria':
        return assessProviderCriteria(command, state);
      default:
        return assertNever(command);
    }
  },
  evolve: evolveProviderRegister,
  initialState: initialProviderRegister,
};
