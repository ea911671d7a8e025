import { DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import {
  findMemberUnit,
  latestAssessment,
  type MemberRegisterState,
  type ProviderRegisterState,
  type RegisteredMember,
} from '@beslutskedjan/registers';
import type { ApplicationBody } from '../application.schemas.js';
import type { ApplicationContent, MemberOrganisation, Party, Provider } from '../application.types.js';

export interface RegistersOnTheDay {
  members: MemberRegisterState;
  providers: ProviderRegisterState;
}

const asMember = (m: RegisteredMember): MemberOrganisation => ({ kind: m.kind, name: m.name, organisationNumber: m.organisationNumber });

const notRegistered = (code: string, field: string, organisationNumber: string, message: string) =>
  new DomainRuleError(code, `${field}: ${message}`, { field, organisationNumber });

/**
 * Turns the parties an applicant names by organisation number into what the registers say about
 * them that day, so the application records who was who. Pure: the handler loads the registers.
 * An ASF is never the applicant: it is not in the member register (seed 000 "Medlemmarna står för
 * insatsen och eventuell upphandling").
 */
export function resolveParties(body: ApplicationBody, registers: RegistersOnTheDay): ApplicationContent {
  const { members, providers } = registers;
  const applicantNo = body.applicant.organisationNumber;
  const applicant = findMemberUnit(members, applicantNo, body.applicant.unit);
  if (applicant === null) {
    if (members.members[applicantNo] !== undefined) {
      throw notRegistered('UNIT_NOT_REGISTERED', 'applicant.unit', applicantNo, `${body.applicant.unit} is not a unit of this member`);
    }
    const why = providers.providers[applicantNo]
      ? 'is a provider, and a provider never applies itself'
      : 'is not one of the förbund’s members';
    throw notRegistered('APPLICANT_NOT_A_MEMBER', 'applicant.organisationNumber', applicantNo, why);
  }
  const cooperating = body.cooperatingMembers.map((p, i) => {
    const member = members.members[p.organisationNumber];
    if (member === undefined) {
      throw notRegistered(
        'COOPERATING_PARTY_NOT_A_MEMBER',
        `cooperatingMembers[${i}].organisationNumber`,
        p.organisationNumber,
        'is not a member',
      );
    }
    return asMember(member);
  });
  const numbers = [applicantNo, ...cooperating.map((c) => c.organisationNumber)];
  if (new Set(numbers).size !== numbers.length) {
    throw new InvalidInputError([{ field: 'cooperatingMembers', message: 'name each member once, and not the applicant' }]);
  }
  const procuring = members.members[body.procuringMember.organisationNumber];
  if (procuring === undefined) {
    throw notRegistered(
      'PROCURING_PARTY_NOT_A_MEMBER',
      'procuringMember.organisationNumber',
      body.procuringMember.organisationNumber,
      'only a member procures',
    );
  }
  return {
    title: body.title,
    description: body.description,
    aims: body.aims,
    applicant: { ...asMember(applicant.member), memberKind: applicant.member.kind, unit: applicant.unit },
    cooperatingMembers: cooperating,
    procuringMember: asMember(procuring),
    provider: provider(body.provider, registers),
    staffEmployer: body.staffEmployer === null ? null : party(body.staffEmployer.organisationNumber, 'staffEmployer', registers),
    fundingRecipient: party(body.fundingRecipient.organisationNumber, 'fundingRecipient', registers),
    category: body.category,
    kind: body.kind,
    targetGroups: body.targetGroups,
    budget: body.budget,
    period: body.period,
    answers: body.answers,
  };
}

function provider({ organisationNumber, relation }: ApplicationBody['provider'], { members, providers }: RegistersOnTheDay): Provider {
  const member = members.members[organisationNumber];
  if (member !== undefined) return { name: member.name, organisationNumber, relation, isAsf: false, isMember: true, asfStatus: null };
  const registered = providers.providers[organisationNumber];
  if (registered === undefined) {
    throw notRegistered(
      'PROVIDER_NOT_REGISTERED',
      'provider.organisationNumber',
      organisationNumber,
      'is neither a member nor a registered provider',
    );
  }
  if (relation === 'own_operation') {
    throw new DomainRuleError('OWN_OPERATION_OF_A_PROVIDER', 'provider.relation: only a member carries out work in its own operation', {
      field: 'provider.relation',
    });
  }
  const latest = latestAssessment(registered);
  return {
    name: registered.name,
    organisationNumber,
    relation,
    isAsf: registered.presentsAsAsf,
    isMember: false,
    asfStatus: latest === null ? 'not_assessed' : latest.allMet ? 'assessed_asf' : 'assessed_not_asf',
  };
}

function party(organisationNumber: string, field: string, { members, providers }: RegistersOnTheDay): Party {
  const member = members.members[organisationNumber];
  if (member !== undefined) return { name: member.name, organisationNumber, role: 'member' };
  const registered = providers.providers[organisationNumber];
  if (registered !== undefined) return { name: registered.name, organisationNumber, role: 'provider' };
  throw notRegistered(
    'PARTY_NOT_REGISTERED',
    `${field}.organisationNumber`,
    organisationNumber,
    'is neither a member nor a registered provider',
  );
}
