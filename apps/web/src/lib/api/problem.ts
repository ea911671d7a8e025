/** RFC 9457 problem details as the API sends them. */
export interface FieldError {
  field: string;
  message: string;
  code?: string;
}

export interface Problem {
  status: number;
  code: string;
  title?: string;
  detail?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.code);
  }
}

export const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Problem).status === 'number' &&
  typeof (value as Problem).code === 'string';

/** openapi-fetch's result: the data, or an ApiError carrying the problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  const problem = isProblem(result.error) ? result.error : { status: result.response.status, code: `HTTP_${result.response.status}` };
  throw new ApiError(problem);
}
