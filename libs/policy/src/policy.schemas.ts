import { z } from 'zod';
import { isoDate } from '@beslutskedjan/platform';
import type { Condition, PolicyRules } from './rules/policy-rules.js';
import { POLICY_ID_PATTERN } from './policy.stream.js';

/** Input validation at the HTTP edge (400 with the field named); the decider guards the invariants. */
const localised = z.object({ sv: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();
const fact = z.string().trim().min(1).max(100);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
    z.object({ fact, equals: z.union([z.string(), z.number(), z.boolean()]) }).strict(),
    z.object({ fact, in: z.array(z.union([z.string(), z.number()])).min(1) }).strict(),
    z.object({ fact, greaterThan: z.number() }).strict(),
    z.object({ fact, lessThan: z.number() }).strict(),
    z.object({ fact, includesAnyOf: z.array(z.string()).min(1) }).strict(),
    z.object({ fact, includesNoneOf: z.array(z.string()).min(1) }).strict(),
    z.object({ fact, includesAnyNotIn: z.array(z.string()).min(1) }).strict(),
  ]),
);

export const policyRulesSchema: z.ZodType<PolicyRules> = z
  .object({
    schema: z.literal(1),
    rules: z.array(
      z
        .object({
          id: z.string().trim().min(1).max(80),
          severity: z.enum(['blocking', 'advisory']),
          violatedWhen: conditionSchema,
          message: localised,
          basis: z.string().max(2000).optional(),
          quote: z.string().trim().min(1).max(5000).optional(),
          inferred: z
            .object({ basis: z.string().trim().min(1).max(2000), quote: z.string().trim().min(1).max(5000).optional() })
            .strict()
            .optional(),
        })
        .strict(),
    ),
    fundableKinds: z.array(
      z.object({ kind: z.string().trim().min(1), category: z.enum(['structural', 'individual']).nullable(), label: localised }).strict(),
    ),
    excludedKinds: z.array(z.object({ kind: z.string().trim().min(1), label: localised }).strict()).optional(),
    catalogueComplete: z.boolean().optional(),
    targetGroups: z.array(z.object({ code: z.string().trim().min(1), label: localised }).strict()),
    delegationThresholdSek: z.number().int().nonnegative().nullable(),
  })
  .strict();

export const policyIdSchema = z.string().regex(POLICY_ID_PATTERN, 'must be 1–60 characters a–z, 0–9, _ or -');
export const revisionSchema = z.coerce.number().int().positive();

const meeting = z.object({ meetingId: z.string().trim().min(1).max(100).optional(), label: z.string().trim().min(1).max(300) }).strict();

export const draftPolicyRevisionBody = z
  .object({
    title: z.string().trim().min(1).max(300),
    text: z.string().max(200_000),
    rules: policyRulesSchema,
    basedOnRevision: z.number().int().positive().optional(),
  })
  .strict();

export const adoptPolicyRevisionBody = z
  .object({ adoptedOn: isoDate(), meeting, effectiveFrom: isoDate(), note: z.string().max(2000).optional() })
  .strict();

export const retirePolicyBody = z
  .object({ retiredOn: isoDate(), reason: z.string().trim().min(1).max(2000), meeting: meeting.optional() })
  .strict();
