import { z } from 'zod';
import { isoDate } from '@beslutskedjan/platform';

/**
 * HTTP input shapes (400 with the field named); the deciders guard the domain rules (422). Blank
 * texts pass here on purpose, so the decider answers with its code (REASON_REQUIRED, …).
 */
const text = (max: number) => z.string().max(max);

export const initiativeIdSchema = z.string().uuid('must be an initiative id (UUID)');
export const itemNoSchema = z.coerce.number().int().positive();

export const submitFollowUpReportBody = z
  .object({
    text: text(50_000),
    figures: z
      .record(z.string().trim().min(1).max(80), z.number())
      .refine((f) => Object.keys(f).length <= 50, { message: 'at most 50 figures' })
      .default({}),
  })
  .strict();

export const reviewFollowUpReportBody = z
  .object({
    verdict: z.enum(['accepted', 'returned']),
    comment: text(20_000).default(''),
    newDueDate: isoDate().optional(),
  })
  .strict();

export const rescheduleFollowUpBody = z.object({ to: isoDate(), reason: text(2000) }).strict();
export const waiveFollowUpBody = z.object({ reason: text(2000) }).strict();
export const closeInitiativeBody = z.object({ summary: text(20_000) }).strict();
