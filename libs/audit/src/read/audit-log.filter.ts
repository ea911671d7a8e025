import { z } from 'zod';
import { parseInput } from '@beslutskedjan/platform';
import type { AuditLogFilter } from './audit-log.queries.js';
import { instantOf } from './swedish-time.js';

const instant = (dateMeans: 'start' | 'end') =>
  z
    .string()
    .trim()
    .refine((v) => instantOf(v, dateMeans) !== null, 'must be a date YYYY-MM-DD or an ISO 8601 timestamp')
    .transform((v) => instantOf(v, dateMeans) ?? v);

/** The audit log's query parameters; dates are Swedish calendar days, inclusive at both ends. */
export const auditLogQuery = z.object({
  actor: z.string().trim().min(1).max(200).optional(),
  type: z
    .string()
    .trim()
    .regex(/^[A-Za-z]+(,[A-Za-z]+)*$/, 'one or more event types, comma-separated')
    .optional(),
  applicationId: z.string().uuid().optional(),
  meetingId: z.string().uuid().optional(),
  initiativeId: z.string().uuid().optional(),
  from: instant('start').optional(),
  to: instant('end').optional(),
  cursor: z
    .string()
    .regex(/^\d{1,20}$/, 'must be a nextCursor from a previous page')
    .optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  minPosition: z.string().optional(),
});

export function parseAuditLogQuery(query: unknown): { filter: AuditLogFilter; minPosition: string | undefined } {
  const { minPosition, type, from, to, ...rest } = parseInput(auditLogQuery, query, 'query');
  return {
    minPosition,
    filter: {
      ...rest,
      ...(type === undefined ? {} : { types: type.split(',') }),
      ...(from === undefined ? {} : { fromInstant: from }),
      ...(to === undefined ? {} : { toInstant: to }),
    },
  };
}
