/**
 * The one way to fail (STYLE.md principle 4). Deciders throw these typed errors; the HTTP edge
 * maps each kind to a status and a problem-details body in one place.
 */
export abstract class AppError extends Error {
  abstract readonly kind: 'rule' | 'not_found' | 'conflict' | 'invalid' | 'forbidden';
  constructor(
    /** Stable, machine-readable code, e.g. `POLICY_RETIRED`. Never change a published code. */
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A domain rule was broken (HTTP 422). */
export class DomainRuleError extends AppError {
  readonly kind = 'rule' as const;
}

/** The thing addressed does not exist in this tenant (HTTP 404). */
export class NotFoundError extends AppError {
  readonly kind = 'not_found' as const;
}

/** The state moved on underneath the caller (HTTP 409). */
export class ConflictError extends AppError {
  readonly kind = 'conflict' as const;
}

/** One invalid field of the input (HTTP 400). */
export interface FieldProblem {
  field: string;
  message: string;
  /** What kind of problem, stable for clients to word it in their language (zod's issue code, e.g. `invalid_format`, `too_small`). */
  code?: string;
}

/** The input is malformed (HTTP 400); nothing was decided. */
export class InvalidInputError extends AppError {
  readonly kind = 'invalid' as const;
  constructor(readonly problems: FieldProblem[]) {
    super('INVALID_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { problems });
  }
}

/** The caller's role may not do this (HTTP 403). */
export class ForbiddenError extends AppError {
  readonly kind = 'forbidden' as const;
}
