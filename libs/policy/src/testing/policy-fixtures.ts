import type { CommandMetadata } from '@beslutskedjan/shared';
import type { PolicyRevisionAdopted, PolicyRevisionDrafted } from '../policy.events.js';
import type { PolicyRules } from '../rules/policy-rules.js';

export const POLICY_ID = 'asf';

export const directorAt = (now: string): CommandMetadata => ({
  now,
  actor: { userId: 'u-director', role: 'director' },
  tenant: 't1',
});

export const chairAt = (now: string): CommandMetadata => ({
  now,
  actor: { userId: 'u-chair', role: 'chair' },
  tenant: 't1',
});

export const sampleRules = (overrides: Partial<PolicyRules> = {}): PolicyRules => ({
  schema: 1,
  rules: [
    {
      id: 'no-cash-grant',
      severity: 'blocking',
      violatedWhen: { fact: 'initiative.kind', equals: 'cash_grant_to_business' },
      message: { sv: 'Kontantbidrag ges inte.', en: 'No cash grants.' },
    },
  ],
  fundableKinds: [],
  targetGroups: [],
  delegationThresholdSek: 50_000,
  ...overrides,
});

export const drafted = (revision: number, title = `Riktlinjer v${revision}`): PolicyRevisionDrafted => ({
  type: 'PolicyRevisionDrafted',
  data: {
    policyId: POLICY_ID,
    revision,
    title,
    text: `# ${title}`,
    rules: sampleRules(),
    draftedAt: '2024-01-10T09:00:00.000Z',
    draftedBy: 'u-director',
  },
});

export const adopted = (revision: number, adoptedOn: string, effectiveFrom = adoptedOn): PolicyRevisionAdopted => ({
  type: 'PolicyRevisionAdopted',
  data: {
    policyId: POLICY_ID,
    revision,
    adoptedOn,
    meeting: { label: `Styrelsemöte ${adoptedOn}` },
    effectiveFrom,
    adoptedBy: 'u-chair',
  },
});
