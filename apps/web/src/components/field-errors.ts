import type { TFunction } from 'i18next';
import { ApiError, type FieldError } from '../lib/api/problem';

/** The API's field path (e.g. `provider.organisationNumber`, `budget[0].amountSek`) as a DOM id. */
export const fieldId = (path: string) => `field-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;

export function fieldErrorsOf(error: unknown): FieldError[] {
  return error instanceof ApiError && error.problem.status === 400 ? (error.problem.errors ?? []) : [];
}

/**
 * A field error in the reader's language: a text for this field and kind of problem, or for the kind
 * alone; the API's own message only when neither exists.
 */
export function fieldMessage(t: TFunction, error: FieldError): string {
  const field = error.field.replace(/\[\d+\]/g, '');
  const kind = error.code ?? 'unknown';
  return t(`fieldErrors.${field}.${kind}`, {
    defaultValue: t(`fieldErrors.byKind.${kind}`, { defaultValue: error.message }),
  });
}
