import { z } from 'zod';
import { isoDate, organisationNumber } from '@beslutskedjan/platform';
import { ASF_CRITERIA, MEMBER_KINDS } from './registers.types.js';

/** HTTP input shapes (400 with the field named); the deciders guard the register's rules (422). */
const text = (max: number) => z.string().trim().min(1).max(max);

export const registerMemberBody = z
  .object({
    kind: z.enum(MEMBER_KINDS),
    name: text(200),
    organisationNumber: organisationNumber(),
    units: z
      .array(z.object({ code: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,59}$/, 'must be a–z, 0–9, _ or -'), name: text(200) }).strict())
      .min(1)
      .max(100),
  })
  .strict();

export const registerProviderBody = z
  .object({ organisationNumber: organisationNumber(), name: text(200), presentsAsAsf: z.boolean() })
  .strict();

const answer = z.object({ met: z.boolean(), note: z.string().trim().max(2000).default('') }).strict();

export const assessProviderCriteriaBody = z
  .object({
    criteria: z
      .object(Object.fromEntries(ASF_CRITERIA.map((c) => [c, answer])) as Record<(typeof ASF_CRITERIA)[number], typeof answer>)
      .strict(),
    assessedOn: isoDate(),
    source: text(1000),
    applicationId: z.string().uuid().nullable().default(null),
  })
  .strict();
