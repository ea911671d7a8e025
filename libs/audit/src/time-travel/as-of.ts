import { InvalidInputError } from '@beslutskedjan/shared';
import { instantOf } from '../read/swedish-time.js';

/** `asOf` as given (ISO timestamp, or a date meaning the end of that Swedish day), as the UTC instant the store compares. */
export function asOfInstant(asOf: string): string {
  const instant = instantOf(asOf, 'end');
  if (instant === null) throw new InvalidInputError([{ field: 'asOf', message: 'must be an ISO 8601 timestamp or a date YYYY-MM-DD' }]);
  return instant;
}
