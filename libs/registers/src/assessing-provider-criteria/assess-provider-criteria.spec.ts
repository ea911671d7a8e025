import { deciderSpec } from '@beslutskedjan/shared/testing';
import { providerRegisterDecider } from '../registers.deciders.js';
import { listProviders } from '../read/list-registers.js';
import { answers, asfRegistered, criteriaAssessed, meta, ORG } from '../testing/register-fixtures.js';
import type { AssessProviderCriteria } from './assess-provider-criteria.command.js';

const spec = deciderSpec(providerRegisterDecider);

const assess = (data: Partial<AssessProviderCriteria['data']> = {}): AssessProviderCriteria => ({
  type: 'AssessProviderCriteria',
  data: {
    organisationNumber: ORG.asf,
    criteria: answers(),
    assessedOn: '2026-03-01',
    source: 'Stadgar och årsredovisning 2025',
    applicationId: null,
    policies: [{ policyId: 'asf', revision: 4, title: 'Riktlinjer' }],
    ...data,
  },
  metadata: meta('director'),
});

const fold = (events: Parameters<typeof providerRegisterDecider.evolve>[1][]) =>
  events.reduce(providerRegisterDecider.evolve, providerRegisterDecider.initialState());

describe('AssessProviderCriteria (the four criteria of seed 001 ”Arbetsintegrerande sociala företag är företag som”, seed 004 ”Fakta”)', () => {
  it('given a registered provider, when the director records the four criteria with date and source, then they are recorded with the policy versions', () => {
    spec.given([asfRegistered()]).when(assess()).then([criteriaAssessed()]);
  });

  it('a provider is an ASF only once an assessment finds all four criteria met; presenting itself as one is not enough', () => {
    expect(listProviders(fold([asfRegistered()]))[0]?.asfStatus).toBe('not_assessed');
    expect(listProviders(fold([asfRegistered(), criteriaAssessed()]))[0]?.asfStatus).toBe('assessed_asf');
    const owned = criteriaAssessed(ORG.asf, { independent_of_public_sector: false });
    expect(listProviders(fold([asfRegistered(), owned]))[0]?.asfStatus).toBe('assessed_not_asf');
  });

  it('a later assessment supersedes an earlier one; both stay in the register', () => {
    const later = criteriaAssessed(ORG.asf, { profits_reinvested: false });
    const [view] = listProviders(fold([asfRegistered(), criteriaAssessed(), later]));
    expect([view?.asfStatus, view?.assessmentCount]).toEqual(['assessed_not_asf', 2]);
  });

  it('refuses an unregistered provider, a future date and a missing source', () => {
    spec.given([]).when(assess()).thenThrows('PROVIDER_NOT_REGISTERED', 'rule');
    spec
      .given([asfRegistered()])
      .when(assess({ assessedOn: '2026-03-03' }))
      .thenThrows('ASSESSMENT_IN_FUTURE', 'rule');
    spec
      .given([asfRegistered()])
      .when(assess({ source: ' ' }))
      .thenThrows('INVALID_INPUT', 'invalid');
  });
});

describe('RegisterProvider', () => {
  const register = (memberNumbers: string[] = []) => ({
    type: 'RegisterProvider' as const,
    data: { organisationNumber: '7696001234', name: 'Kafé Gemenskap ek. för.', presentsAsAsf: true, memberNumbers },
    metadata: meta(),
  });

  it('given an empty register, when a provider is registered, then it is recorded under its normalised number', () => {
    spec.given([]).when(register()).then([asfRegistered()]);
  });

  it('registering the same provider unchanged records nothing', () => {
    spec.given([asfRegistered()]).when(register()).then([]);
  });

  it('refuses a member as provider: a member doing the work itself is its own operation', () => {
    spec
      .given([])
      .when(register(['769600-1234']))
      .thenThrows('MEMBER_CANNOT_BE_PROVIDER', 'rule');
  });
});
