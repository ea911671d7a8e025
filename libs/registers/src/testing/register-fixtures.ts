import type { CommandMetadata } from '@beslutskedjan/shared';
import type { MemberRegistered, ProviderCriteriaAssessed, ProviderRegistered } from '../registers.events.js';
import { ASF_CRITERIA, type AsfCriterion, type CriterionAnswer } from '../registers.types.js';

/** Organisation numbers that pass the Luhn check (invented; organisation numbers are public data). */
export const ORG = {
  kommun: '212000-0142',
  region: '232100-0016',
  af: '202100-2114',
  fk: '202100-5521',
  asf: '769600-1234',
  asf2: '802500-4568',
  company: '556677-8899',
} as const;

export const NOW = '2026-03-02T09:00:00.000Z';
export const meta = (role: 'admin' | 'director' = 'admin', now = NOW): CommandMetadata => ({
  now,
  actor: { userId: `u-${role}`, role },
  tenant: 't1',
});

export const kommunRegistered = (units = [{ code: 'amf', name: 'Arbetsmarknadsförvaltningen' }]): MemberRegistered => ({
  type: 'MemberRegistered',
  data: { kind: 'kommun', name: 'Exempelstads kommun', organisationNumber: ORG.kommun, units, registeredOn: NOW, registeredBy: 'u-admin' },
});

export const asfRegistered = (organisationNumber: string = ORG.asf, name = 'Kafé Gemenskap ek. för.'): ProviderRegistered => ({
  type: 'ProviderRegistered',
  data: { organisationNumber, name, presentsAsAsf: true, registeredOn: NOW, registeredBy: 'u-admin' },
});

export const answers = (met: Partial<Record<AsfCriterion, boolean>> = {}): Record<AsfCriterion, CriterionAnswer> =>
  Object.fromEntries(ASF_CRITERIA.map((c) => [c, { met: met[c] ?? true, note: `Kontrollerat: ${c}` }])) as Record<
    AsfCriterion,
    CriterionAnswer
  >;

export const criteriaAssessed = (
  organisationNumber: string = ORG.asf,
  met: Partial<Record<AsfCriterion, boolean>> = {},
): ProviderCriteriaAssessed => ({
  type: 'ProviderCriteriaAssessed',
  data: {
    organisationNumber,
    criteria: answers(met),
    assessedOn: '2026-03-01',
    source: 'Stadgar och årsredovisning 2025',
    assessedBy: 'u-director',
    policies: [{ policyId: 'asf', revision: 4, title: 'Riktlinjer' }],
    applicationId: null,
  },
});
