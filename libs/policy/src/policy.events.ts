import type { DomainEvent } from '@beslutskedjan/shared';
import type { PolicyRules } from './rules/policy-rules.js';

/** The board meeting (styrelsemöte) at which a decision was taken, e.g. "Styrelsemöte 2011-11-28, § 7". */
export interface MeetingRef {
  meetingId?: string;
  label: string;
}

export type PolicyRevisionDrafted = DomainEvent<
  'PolicyRevisionDrafted',
  {
    policyId: string;
    revision: number;
    title: string;
    /** Markdown. */
    text: string;
    rules: PolicyRules;
    basedOnRevision?: number;
    draftedAt: string;
    draftedBy: string;
  }
>;

/** The board adopted (fastställde) a drafted revision. */
export type PolicyRevisionAdopted = DomainEvent<
  'PolicyRevisionAdopted',
  {
    policyId: string;
    revision: number;
    /** The board's decision date, YYYY-MM-DD. */
    adoptedOn: string;
    meeting: MeetingRef;
    /** First day the revision is in force, YYYY-MM-DD. */
    effectiveFrom: string;
    note?: string;
    adoptedBy: string;
  }
>;

export type PolicyRetired = DomainEvent<
  'PolicyRetired',
  {
    policyId: string;
    /** First day on which no version of the policy is in force, YYYY-MM-DD. */
    retiredOn: string;
    reason: string;
    meeting?: MeetingRef;
    retiredBy: string;
  }
>;

export type PolicyEvent = PolicyRevisionDrafted | PolicyRevisionAdopted | PolicyRetired;

export type PolicyEventType = PolicyEvent['type'];

export const POLICY_EVENT_SCHEMA_VERSIONS: Readonly<Record<PolicyEventType, number>> = {
  PolicyRevisionDrafted: 1,
  PolicyRevisionAdopted: 1,
  PolicyRetired: 1,
};

export const POLICY_EVENT_TYPES = Object.keys(POLICY_EVENT_SCHEMA_VERSIONS) as PolicyEventType[];

export const isPolicyEventType = (type: string): type is PolicyEventType => (POLICY_EVENT_TYPES as string[]).includes(type);
