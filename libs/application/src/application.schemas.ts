import { z } from 'zod';
import { isoDate } from '../../platform/src/http/validation.js';
import { MEMBER_KINDS } from './application.types.js';

/** HTTP input shapes (400 with the field named); the deciders guard the domain rules (422). */
const text = (max: number) => z.string().trim().min(1).max(max);
const orgNumber = z.string().trim().regex(/^\d{6}-?\d{4}$/, 'must be an organisationsnummer NNNNNN-NNNN');
const period = z.object({ from: isoDate(), to: isoDate() }).strict();

export const applicationContentBody = z
  .object({
    title: text(300),
    description: text(20_000),
    applicant: z.object({ name: text(200), organisationNumber: orgNumber, memberKind: z.enum(MEMBER_KINDS).nullable() }).strict(),
    procuringMember: z.object({ kind: z.enum(MEMBER_KINDS), name: text(200), organisationNumber: orgNumber }).strict(),
    provider: z
      .object({
        name: text(200),
        organisationNumber: orgNumber,
        isAsf: z.boolean(),
        relation: z.enum(['procurement', 'agreement', 'iop', 'own_operation']),
      })
      .strict(),
    category: z.enum(['structural', 'individual']),
    kind: text(80),
    targetGroups: z.array(text(80)).max(20),
    budget: z.array(z.object({ year: z.number().int().min(2000).max(2100), amountSek: z.number().int() }).strict()).min(1).max(10),
    period,
    fundingRecipient: z.enum(['procuring_member', 'provider', 'applicant']),
  })
  .strict();

export const applicationIdSchema = z.string().uuid('must be an application id (UUID)');

export const withdrawBody = z.object({ reason: text(2000) }).strict();
export const requestSupplementBody = z.object({ question: text(5000), dueDate: isoDate() }).strict();

const followUpItem = z
  .object({ n: z.number().int().positive(), kind: z.enum(['progress_report', 'final_report', 'finsam_registration']), dueDate: isoDate() })
  .strict();

/** Terms as sent: either explicit follow-up items or "progress reports every N months". */
export const termsBody = z
  .object({
    amountSek: z.number().int().positive(),
    period,
    conditions: z.array(text(2000)).max(50).default([]),
    followUpPlan: z.object({ items: z.array(followUpItem).max(100) }).strict().optional(),
    progressEveryMonths: z.number().int().min(1).max(24).optional(),
  })
  .strict()
  .refine((t) => t.followUpPlan !== undefined || t.progressEveryMonths !== undefined, {
    message: 'give followUpPlan.items or progressEveryMonths',
    path: ['followUpPlan'],
  });

export const recommendBody = z
  .object({
    recommendation: z.enum(['approve', 'reject']),
    motivation: text(20_000),
    terms: termsBody.optional(),
    override: z.object({ motivation: text(20_000) }).strict().optional(),
  })
  .strict();

export const decideUnderDelegationBody = z
  .object({ decision: z.enum(['approved', 'rejected']), motivation: text(20_000), terms: termsBody.optional() })
  .strict();
