import { type CommandMetadata, InvalidInputError } from '@beslutskedjan/shared';
import { swedishDateOf } from '@beslutskedjan/policy';

/** "Today" for a command: the Swedish calendar date of its `now`. */
export function todayOf(metadata: CommandMetadata): string {
  const today = swedishDateOf(metadata.now);
  if (today === null) throw new InvalidInputError([{ field: 'metadata.now', message: 'must be an ISO timestamp' }]);
  return today;
}
