import { assertNever } from '@beslutskedjan/shared';
import type { MeetingRef, PolicyEvent, PolicyRetired, PolicyRevisionDrafted } from './policy.events.js';
import type { PolicyRules } from './rules/policy-rules.js';

/** A revision as drafted; it has no legal effect until the board adopts it. */
export interface PolicyDraft {
  revision: number;
  title: string;
  text: string;
  rules: PolicyRules;
  basedOnRevision?: number;
  draftedAt: string;
  draftedBy: string;
}

export interface PolicyAdoption {
  adoptedOn: string;
  meeting: MeetingRef;
  effectiveFrom: string;
  note?: string;
  adoptedBy: string;
}

export interface AdoptedPolicyVersion extends PolicyDraft {
  adoption: PolicyAdoption;
}

export type PolicyRetirement = Omit<PolicyRetired['data'], 'policyId'>;

interface PolicyHistory {
  policyId: string;
  /** Highest revision number drafted so far. */
  lastRevision: number;
  /** Drafted revisions not (yet) adopted. */
  drafts: PolicyDraft[];
  /** Adopted versions in adoption order; their `effectiveFrom` strictly increases. */
  adopted: AdoptedPolicyVersion[];
}

export type PolicyState =
  { status: 'none' } | ({ status: 'active' } & PolicyHistory) | ({ status: 'retired'; retirement: PolicyRetirement } & PolicyHistory);

export const initialPolicyState = (): PolicyState => ({ status: 'none' });

export function evolvePolicy(state: PolicyState, event: PolicyEvent): PolicyState {
  switch (event.type) {
    case 'PolicyRevisionDrafted': {
      if (state.status === 'retired') return state;
      const history: PolicyHistory =
        state.status === 'none' ? { policyId: event.data.policyId, lastRevision: 0, drafts: [], adopted: [] } : state;
      return {
        ...history,
        status: 'active',
        lastRevision: Math.max(history.lastRevision, event.data.revision),
        drafts: [...history.drafts, draftFrom(event.data)],
      };
    }
    case 'PolicyRevisionAdopted': {
      if (state.status !== 'active') return state;
      const { policyId: _policyId, revision, ...adoption } = event.data;
      const draft = state.drafts.find((d) => d.revision === revision);
      if (draft === undefined) return state;
      return {
        ...state,
        drafts: state.drafts.filter((d) => d.revision !== revision),
        adopted: [...state.adopted, { ...draft, adoption }],
      };
    }
    case 'PolicyRetired': {
      if (state.status !== 'active') return state;
      const { policyId: _policyId, ...retirement } = event.data;
      return { ...state, status: 'retired', retirement };
    }
    default:
      return assertNever(event);
  }
}

function draftFrom(data: PolicyRevisionDrafted['data']): PolicyDraft {
  const { policyId: _policyId, ...draft } = data;
  return draft;
}

/** The adopted version with the latest effective date, if any. */
export const latestAdopted = (state: PolicyState): AdoptedPolicyVersion | undefined =>
  state.status === 'none' ? undefined : state.adopted.at(-1);

export const findRevision = (state: PolicyState, revision: number): PolicyDraft | AdoptedPolicyVersion | undefined =>
  state.status === 'none'
    ? undefined
    : (state.adopted.find((v) => v.revision === revision) ?? state.drafts.find((d) => d.revision === revision));
