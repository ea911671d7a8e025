import { z } from 'zod';
import { InvalidInputError, checkOrganisationNumber, organisationNumberProblemText } from '@beslutskedjan/shared';
import { MAX_JSON_DEPTH, exceedsDepth } from './json-depth.js';

/** Parses untrusted input; every problem names its field (e.g. `rules.rules[0].id`). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root = 'body'): z.infer<S> {
  // Recursive schemas (policy conditions) would otherwise recurse as deep as the input goes.
  if (exceedsDepth(input))
    throw new InvalidInputError([{ field: root, message: `must not be nested deeper than ${MAX_JSON_DEPTH} levels` }]);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new InvalidInputError(
    result.error.issues.map((issue) => ({
      field: issue.path.length
        ? issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${String(p)}` : String(p))).join('')
        : root,
      message: issue.message,
      code: issue.code,
    })),
  );
}

/** The same schema, as OpenAPI 3 JSON schema for the docs. */
export const toOpenApi = (schema: z.ZodType): Record<string, unknown> =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;

/** Calendar dates are ISO `YYYY-MM-DD`, the format of Swedish public records. */
export const isoDate = () => z.iso.date({ message: 'must be a date YYYY-MM-DD' });

/** For commands whose only input is the path: any JSON object body is accepted and ignored. */
export const emptyBody = z.object({}).describe('No body is needed');

/**
 * A Swedish organisationsnummer at the HTTP edge: the Luhn check from libs/shared, so a bad check
 * digit is a 400 naming the field wherever a number enters; the value is normalised to NNNNNN-NNNN.
 */
export const organisationNumber = () =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const check = checkOrganisationNumber(value);
      if (!check.valid) ctx.addIssue({ code: 'custom', message: organisationNumberProblemText(check.problem) });
    })
    .transform((value) => {
      const check = checkOrganisationNumber(value);
      return check.valid ? check.normalised : value;
    })
    .meta({ description: 'Swedish organisationsnummer NNNNNN-NNNN (Luhn-checked)', example: '212000-0142' });
