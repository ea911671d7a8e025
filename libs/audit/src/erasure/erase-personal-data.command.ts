import { type Command, type Decider, DomainRuleError } from '@beslutskedjan/shared';
import type { PersonEvent, PersonalDataErased } from './personal-data.events.js';

export type ErasePersonalData = Command<'ErasePersonalData', { userId: string; reason: string; name: string | null; email: string | null }>;

export interface PersonState {
  erased: boolean;
}

const words = (text: string) =>
  text
    .toLocaleLowerCase('sv')
    .split(/[^\p{L}\p{N}@.]+/u)
    .filter((w) => w.length >= 2);

/**
 * The reason stays in the log forever, so it must not name the person being erased. `name` and
 * `email` are what the directory holds before erasure; they are checked here and never stored.
 */
export function erasePersonalData(command: ErasePersonalData, state: PersonState): PersonalDataErased[] {
  const { userId, reason, name, email } = command.data;
  if (state.erased) return [];
  const reasonWords = new Set(words(reason));
  const named = [...(name ? words(name) : []), ...(email ? [email.toLocaleLowerCase('sv')] : [])].some(
    (w) => reasonWords.has(w) || (w.includes('@') && reason.toLocaleLowerCase('sv').includes(w)),
  );
  if (named) {
    throw new DomainRuleError(
      'REASON_NAMES_PERSON',
      'The reason must not contain the person’s name or e-mail address: it is kept in the log forever',
    );
  }
  return [{ type: 'PersonalDataErased', data: { userId, erasedBy: command.metadata.actor.userId, reason } }];
}

export const personDecider: Decider<ErasePersonalData, PersonEvent, PersonState> = {
  decide: erasePersonalData,
  evolve: (_state, event) => {
    switch (event.type) {
      case 'PersonalDataErased':
        return { erased: true };
    }
  },
  initialState: () => ({ erased: false }),
};
