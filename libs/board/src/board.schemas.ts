import { z } from 'zod';
import { isoDate } from '../../platform/src/http/validation.js';
import { MEMBER_KINDS } from '../../application/src/application.types.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const personId = z.string().trim().min(1).max(100);

export const meetingIdSchema = z.string().uuid('must be a meeting id (UUID)');
export const itemNoSchema = z.coerce.number().int().positive();
export const appointmentIdSchema = z.string().uuid('must be an appointment id (UUID)');

export const appointBody = z
  .object({
    personId,
    position: z.enum(['chair', 'member', 'substitute']),
    memberOrganisation: z
      .object({ kind: z.enum(MEMBER_KINDS), name: text(200), organisationNumber: z.string().trim().regex(/^\d{6}-?\d{4}$/, 'must be NNNNNN-NNNN') })
      .strict(),
    substituteFor: personId.nullable().default(null),
    termFrom: isoDate(),
    termTo: isoDate(),
  })
  .strict();

export const endMembershipBody = z.object({ endedOn: isoDate(), reason: text(2000) }).strict();
export const scheduleBody = z.object({ date: isoDate(), label: text(300), location: text(300).nullable().default(null) }).strict();
export const addAgendaItemBody = z
  .object({ applicationId: z.string().uuid(), kind: z.enum(['decision', 'reported_delegated_decision']).default('decision') })
  .strict();
export const openMeetingBody = z.object({ present: z.array(personId).min(1).max(100), adjusterId: personId }).strict();
export const recusalBody = z.object({ reason: text(2000) }).strict();
export const voteBody = z.object({ vote: z.enum(['approve', 'reject', 'abstain']), replacing: personId.nullable().default(null) }).strict();
const terms = z
  .object({
    amountSek: z.number().int().positive(),
    period: z.object({ from: isoDate(), to: isoDate() }).strict(),
    conditions: z.array(text(2000)).max(50).default([]),
    followUpPlan: z
      .object({
        items: z.array(
          z.object({ n: z.number().int().positive(), kind: z.enum(['progress_report', 'final_report', 'finsam_registration']), dueDate: isoDate() }).strict(),
        ),
      })
      .strict(),
  })
  .strict();
export const outcomeBody = z
  .object({
    outcome: z.enum(['approved', 'rejected', 'referred_back', 'tabled']),
    amendedTerms: terms.optional(),
    motivation: text(20_000).optional(),
  })
  .strict();
