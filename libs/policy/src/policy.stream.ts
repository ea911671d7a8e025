/** One stream per policy and tenant, e.g. `demo/policy-asf`. */
export const policyStreamId = (tenant: string, policyId: string): string => `${tenant}/policy-${policyId}`;

/** Policy ids become part of stream names, so they are kept to a safe alphabet. */
export const POLICY_ID_PATTERN = /^[a-z0-9_-]{1,60}$/;
