import { type Command, DomainRuleError, InvalidInputError, validOrganisationNumber } from '@beslutskedjan/shared';
import type { MemberRegistered } from '../registers.events.js';
import type { MemberRegisterState } from '../registers.state.js';
import { MEMBER_KINDS, type MemberKind, type MemberUnit } from '../registers.types.js';

export type RegisterMember = Command<
  'RegisterMember',
  {
    kind: MemberKind;
    name: string;
    organisationNumber: string;
    units: MemberUnit[];
    /** Organisation numbers in the provider register: a provider is never a member. */
    providerNumbers: readonly string[];
  }
>;

const UNIT_CODE = /^[a-z0-9][a-z0-9_-]{0,59}$/;

/**
 * Registers one of the förbund's members (Finsam 1 §: kommun, region, Arbetsförmedlingen,
 * Försäkringskassan) with its units. Registering the same number again records the member anew
 * (a new name, more units); a unit once registered stays, because applications refer to it.
 */
export function registerMember(command: RegisterMember, state: MemberRegisterState): MemberRegistered[] {
  const { kind, name, units, providerNumbers } = command.data;
  const organisationNumber = validOrganisationNumber(command.data.organisationNumber, 'organisationNumber');
  const problems = [
    ...((MEMBER_KINDS as readonly string[]).includes(kind)
      ? []
      : [{ field: 'kind', message: `must be one of ${MEMBER_KINDS.join(', ')}` }]),
    ...(name.trim() === '' ? [{ field: 'name', message: 'must not be empty' }] : []),
    ...(units.length === 0 ? [{ field: 'units', message: 'a member has at least one unit' }] : []),
    ...units.flatMap((u, i) => (UNIT_CODE.test(u.code) ? [] : [{ field: `units[${i}].code`, message: 'must be a–z, 0–9, _ or -' }])),
    ...units.flatMap((u, i) => (u.name.trim() === '' ? [{ field: `units[${i}].name`, message: 'must not be empty' }] : [])),
  ];
  if (problems.length > 0) throw new InvalidInputError(problems);
  const codes = units.map((u) => u.code);
  if (new Set(codes).size !== codes.length) throw new InvalidInputError([{ field: 'units', message: 'each unit code appears once' }]);
  if (providerNumbers.includes(organisationNumber)) {
    throw new DomainRuleError('PROVIDER_CANNOT_BE_MEMBER', `${organisationNumber} is registered as a provider`, { organisationNumber });
  }
  const earlier = state.members[organisationNumber];
  if (earlier !== undefined && earlier.kind !== kind) {
    throw new DomainRuleError('MEMBER_KIND_CHANGED', `${organisationNumber} is registered as ${earlier.kind}`, {
      organisationNumber,
      kind: earlier.kind,
    });
  }
  const dropped = (earlier?.units ?? []).filter((u) => !codes.includes(u.code)).map((u) => u.code);
  if (dropped.length > 0) {
    throw new DomainRuleError('MEMBER_UNIT_REMOVED', `Units stay in the register: ${dropped.join(', ')}`, {
      organisationNumber,
      units: dropped,
    });
  }
  return [
    {
      type: 'MemberRegistered',
      data: {
        kind,
        name: name.trim(),
        organisationNumber,
        units: units.map((u) => ({ code: u.code, name: u.name.trim() })),
        registeredOn: command.metadata.now,
        registeredBy: command.metadata.actor.userId,
      },
    },
  ];
}
