import { HttpException } from '@nestjs/common';
import { AppError, InvalidInputError } from '@beslutskedjan/shared';
import { EventStoreUnavailableError, WrongExpectedRevisionError } from '@beslutskedjan/event-store';
import { ReadModelLaggingError } from '../persistence/read-models.js';
import { localisedText, type Language } from './problem-messages.js';

/** RFC 9457 problem details, with our stable `code` and, for 400, the fields at fault. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: Array<{ field: string; message: string; code?: string }>;
  [extension: string]: unknown;
}

const STATUS_BY_KIND = { invalid: 400, forbidden: 403, not_found: 404, conflict: 409, rule: 422 } as const;

const CODE_BY_STATUS: Record<number, string> = {
  400: 'INVALID_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

// Extensions (an error's details) come first, so a detail named `status` or `code` can never replace the standard members.
const problem = (status: number, code: string, detail: string, extra: Partial<ProblemDetails> = {}): ProblemDetails => ({
  ...extra,
  type: `https://beslutskedjan.se/problems/${code.toLowerCase().replace(/_/g, '-')}`,
  ...localisedText(status, code, detail, 'en'),
  status,
  code,
});

/**
 * The one place where failures become HTTP responses (STYLE.md principle 4): title and detail in
 * Swedish, or in English when the caller asks for it (see problem-messages.ts).
 */
export function toProblem(error: unknown, lang: Language = 'sv'): ProblemDetails {
  const english = inEnglish(error);
  return { ...english, ...localisedText(english.status, english.code, english.detail, lang) };
}

function inEnglish(error: unknown): ProblemDetails {
  if (error instanceof InvalidInputError) return problem(400, error.code, error.message, { errors: error.problems });
  if (error instanceof AppError) return problem(STATUS_BY_KIND[error.kind], error.code, error.message, error.details);
  if (error instanceof WrongExpectedRevisionError) {
    return problem(409, 'WRONG_EXPECTED_REVISION', 'The case was changed by someone else; reload and try again', {
      stream: error.streamId,
      expected: error.expected,
      actual: error.actual,
    });
  }
  if (error instanceof ReadModelLaggingError) return problem(503, 'READ_MODEL_LAGGING', error.message);
  if (error instanceof EventStoreUnavailableError) return problem(503, 'EVENT_STORE_UNAVAILABLE', error.message);
  if (error instanceof HttpException) return fromHttpException(error);
  return problem(500, 'INTERNAL', 'An unexpected error occurred; it has been logged');
}

function fromHttpException(error: HttpException): ProblemDetails {
  const status = error.getStatus();
  // The platform turns body-parser's SyntaxError and a badly encoded path into a bare 400.
  if (error.cause instanceof SyntaxError) {
    return problem(400, 'MALFORMED_BODY', 'The request body is not valid JSON', {
      errors: [{ field: 'body', message: error.cause.message }],
    });
  }
  if (error.cause instanceof URIError) {
    return problem(400, 'MALFORMED_PATH', 'The request path is not validly encoded', {
      errors: [{ field: 'path', message: error.cause.message }],
    });
  }
  const response = error.getResponse();
  const detail = typeof response === 'string' ? response : String((response as { message?: unknown }).message ?? error.message);
  return problem(status, CODE_BY_STATUS[status] ?? `HTTP_${status}`, detail);
}
