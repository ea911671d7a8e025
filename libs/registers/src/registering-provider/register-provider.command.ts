import { type Command, DomainRuleError, InvalidInputError, validOrganisationNumber } from '@beslutskedjan/shared';
import type { ProviderRegistered } from '../registers.events.js';
import type { ProviderRegisterState } from '../registers.state.js';

export type RegisterProvider = Command<
  'RegisterProvider',
  {
    organisationNumber: string;
    name: string;
    presentsAsAsf: boolean;
    /** Organisation numbers in the member register, loaded by the handler. */
    memberNumbers: readonly string[];
  }
>;

/**
 * Registers a provider (utförare) that members procure from or agree with, e.g. an ASF. A member is
 * never a provider here: a member carrying out work itself is named as its own operation.
 */
export function registerProvider(command: RegisterProvider, state: ProviderRegisterState): ProviderRegistered[] {
  const organisationNumber = validOrganisationNumber(command.data.organisationNumber, 'organisationNumber');
  const name = command.data.name.trim();
  if (name === '') throw new InvalidInputError([{ field: 'name', message: 'must not be empty' }]);
  if (command.data.memberNumbers.includes(organisationNumber)) {
    throw new DomainRuleError('MEMBER_CANNOT_BE_PROVIDER', `${organisationNumber} is one of the förbund's members`, { organisationNumber });
  }
  const earlier = state.providers[organisationNumber];
  if (earlier !== undefined && earlier.name === name && earlier.presentsAsAsf === command.data.presentsAsAsf) return [];
  return [
    {
      type: 'ProviderRegistered',
      data: {
        organisationNumber,
        name,
        presentsAsAsf: command.data.presentsAsAsf,
        registeredOn: command.metadata.now,
        registeredBy: command.metadata.actor.userId,
      },
    },
  ];
}
