import { z } from 'zod';
import { isoDate, organisationNumber } from '@beslutskedjan/platform';

/** HTTP input shapes (400 with the field named); the deciders guard the domain rules (422). */
const text = (max: number) => z.string().trim().min(1).max(max);
const period = z.object({ from: isoDate(), to: isoDate() }).strict();

/** A registered organisation, named by its organisationsnummer (Luhn-checked, 400 naming the field). */
const party = (description: string) => z.object({ organisationNumber: organisationNumber() }).strict().describe(description);

const answer = (question: string) => z.boolean().describe(question);

/**
 * The application as the applicant sends it (schema version 2). Every party is named by
 * organisation number and resolved from the registers (listMembers, listProviders): an unknown
 * member or provider is a 422 naming the field, and no case number is taken.
 */
export const applicationContentBody = z
  .object({
    title: text(300),
    description: text(20_000).describe('What will be done, by whom, where'),
    aims: text(5_000).describe('Mål: what the initiative is to achieve'),
    applicant: z
      .object({ organisationNumber: organisationNumber(), unit: z.string().trim().min(1).max(60).describe('Unit code from listMembers') })
      .strict()
      .describe('The applying member unit, from the member register'),
    cooperatingMembers: z.array(party('Another member taking part')).max(10).default([]),
    procuringMember: party('The member that carries out and procures the initiative (applicant or a co-operating member)'),
    provider: z
      .object({
        organisationNumber: organisationNumber(),
        relation: z
          .enum(['procurement', 'agreement', 'iop', 'own_operation'])
          .describe("'own_operation' when a member does the work itself"),
      })
      .strict()
      .describe('Where the work happens: a registered provider (e.g. an ASF) or a member'),
    staffEmployer: party('Who employs the staff the money pays for (e.g. the handledare); null when no staff is funded').nullable(),
    fundingRecipient: party('Who receives the money; the guidelines require the procuring member'),
    category: z.enum(['structural', 'individual']),
    kind: text(80).describe('A kind from the policy catalogue in force (getPolicyInForce: rules.fundableKinds); an unknown kind is 400'),
    targetGroups: z.array(text(80)).max(20),
    budget: z
      .array(z.object({ year: z.number().int().min(2000).max(2100), amountSek: z.number().int() }).strict())
      .min(1)
      .max(10)
      .describe('Amount per calendar year of the period'),
    period,
    answers: z
      .object({
        grantToBusiness: answer('Is any money passed to a business as a grant?'),
        aimedAtAsfStaff: answer('Is the activity aimed at the staff of an ASF?'),
        startsOrDevelopsAsf: answer('Does it start or develop an ASF?'),
        paysMembershipFees: answer('Does it pay membership fees?'),
      })
      .strict()
      .describe('Every question must be answered'),
  })
  .strict();

export type ApplicationBody = z.infer<typeof applicationContentBody>;

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
    followUpPlan: z
      .object({ items: z.array(followUpItem).max(100) })
      .strict()
      .optional(),
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
    override: z
      .object({ motivation: text(20_000) })
      .strict()
      .optional(),
  })
  .strict();

export const decideUnderDelegationBody = z
  .object({ decision: z.enum(['approved', 'rejected']), motivation: text(20_000), terms: termsBody.optional() })
  .strict();
