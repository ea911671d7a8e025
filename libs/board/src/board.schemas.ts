import { z } from 'zod';
import { isoDate } from '@beslutskedjan/platform';
import { MEMBER_KINDS } from '@beslutskedjan/application';

const text = (max: number) => z.string().trim().min(1).max(max);
const personId = z.string().trim().min(1).max(100);

export const meetingIdSchema = z.string().uuid('must be a meeting id (UUID)');
export const itemNoSchema = z.coerce.number().int().positive();
export const appointmentIdSchema = z.string().uuid('must be an appointment id (UUID)');

export const appointBody = z
  .object({
    personId,
    position: z.enum(['chair', 'vice_chair', 'member', 'substitute']),
    memberOrganisation: z
      .object({
        kind: z.enum(MEMBER_KINDS),
        name: text(200),
        organisationNumber: z
          .string()
          .trim()
          .regex(/^\d{6}-?\d{4}$/, 'must be NNNNNN-NNNN'),
      })
      .strict(),
    substituteFor: personId.nullable().default(null),
    termFrom: isoDate(),
    termTo: isoDate(),
  })
  .strict();

export const endMembershipBody = z.object({ endedOn: isoDate(), reason: text(2000) }).strict();
export const scheduleBody = z
  .object({
    date: isoDate(),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')
      .nullable()
      .default(null),
    label: text(300),
    location: text(300).nullable().default(null),
  })
  .strict();
export const addAgendaItemBody = z
  .object({ applicationId: z.string().uuid(), kind: z.enum(['decision', 'reported_delegated_decision']).default('decision') })
  .strict();
export const openMeetingBody = z
  .object({
    present: z.array(personId).min(1).max(100),
    adjusterId: personId,
    secretaryId: personId.nullable().default(null),
    othersPresent: z
      .array(z.object({ personId, role: z.enum(['director', 'case_officer', 'other']) }).strict())
      .max(50)
      .default([]),
  })
  .strict();
export const recusalBody = z.object({ reason: text(2000) }).strict();
/** A vote by name in a votering: yes for the question put, no for the counter-motion. */
export const voteBody = z.object({ vote: z.enum(['yes', 'no', 'abstain']) }).strict();
const terms = z
  .object({
    amountSek: z.number().int().positive(),
    period: z.object({ from: isoDate(), to: isoDate() }).strict(),
    conditions: z.array(text(2000)).max(50).default([]),
    followUpPlan: z
      .object({
        items: z.array(
          z
            .object({
              n: z.number().int().positive(),
              kind: z.enum(['progress_report', 'final_report', 'finsam_registration']),
              dueDate: isoDate(),
            })
            .strict(),
        ),
      })
      .strict(),
  })
  .strict();
export const outcomeBody = z
  .object({
    /** Required when no question was put (the presiding member declares the outcome adopted by acclamation); otherwise a check. */
    outcome: z.enum(['approved', 'rejected', 'referred_back', 'tabled']).optional(),
    amendedTerms: terms.optional(),
    motivation: text(20_000).optional(),
    castingVote: z.enum(['yes', 'no']).optional(),
  })
  .strict();
export const motionBody = z
  .object({
    kind: z.enum(['approve', 'approve_amended', 'reject', 'refer_back', 'table']),
    terms: terms.nullable().default(null),
    motivation: text(20_000).nullable().default(null),
  })
  .strict();
export const questionBody = z
  .object({ motionNo: z.number().int().min(0).max(1000), againstMotionNo: z.number().int().min(0).max(1000).nullable().default(null) })
  .strict();
export const reservationBody = z
  .object({ motivation: text(20_000).nullable().default(null), motivationDueOn: isoDate().optional() })
  .strict();
export const protocolNoteBody = z.object({ text: text(20_000) }).strict();
export const chairForTheDayBody = z.object({ personId }).strict();
export const appealBody = z
  .object({
    court: text(200),
    courtCaseNumber: text(100),
    lodgedOn: isoDate(),
    outcome: z.enum(['pending', 'dismissed', 'rejected', 'annulled', 'withdrawn']).default('pending'),
  })
  .strict();
export const emptyBody = z.object({}).strict();
