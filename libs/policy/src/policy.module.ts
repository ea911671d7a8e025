import { Module } from '@nestjs/common';
import type { Upcaster } from '@beslutskedjan/event-store';
import type { Projection } from '@beslutskedjan/projections';
import { AdoptPolicyRevisionHandler } from './adopting-revision/adopt-policy-revision.handler.js';
import { AdoptPolicyRevisionHttp } from './adopting-revision/adopt-policy-revision.http.js';
import { DraftPolicyRevisionHandler } from './drafting-revision/draft-policy-revision.handler.js';
import { DraftPolicyRevisionHttp } from './drafting-revision/draft-policy-revision.http.js';
import { PoliciesInForce } from './read/policies-in-force.service.js';
import { PolicyQueriesHttp } from './read/policy-queries.http.js';
import { policyVersionsProjection } from './read/policy-versions.projection.js';
import { RetirePolicyHandler } from './retiring-policy/retire-policy.handler.js';
import { RetirePolicyHttp } from './retiring-policy/retire-policy.http.js';

export const policyProjections: readonly Projection[] = [policyVersionsProjection];
/** No policy event has changed shape yet; the first change adds its upcaster here, with a fixture test. */
export const policyUpcasters: readonly Upcaster[] = [];

const commandHandlers = [DraftPolicyRevisionHandler, AdoptPolicyRevisionHandler, RetirePolicyHandler];
const controllers = [DraftPolicyRevisionHttp, AdoptPolicyRevisionHttp, RetirePolicyHttp, PolicyQueriesHttp];

/** The policy capability: drafting, adoption and retirement, and the version queries. */
@Module({ controllers, providers: [...commandHandlers, PoliciesInForce], exports: [PoliciesInForce] })
export class PolicyModule {}
