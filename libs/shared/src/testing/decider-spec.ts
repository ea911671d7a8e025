import { expect } from '@jest/globals';
import type { Command, Decider, DomainEvent } from '../decider.js';
import { AppError } from '../errors.js';

/**
 * Given/when/then over a pure decider:
 * `spec.given(events).when(command).then(expectedEvents)` or `.thenThrows('CODE')`.
 */
export function deciderSpec<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return {
    given: (history: E[]) => ({
      when: (command: C) => {
        const run = (): E[] => decider.decide(command, history.reduce(decider.evolve, decider.initialState()));
        return {
          then: (expected: E[]): void => {
            expect(run()).toEqual(expected);
          },
          thenThrows: (code: string, kind?: AppError['kind']): void => {
            let thrown: unknown;
            try {
              run();
            } catch (error) {
              thrown = error;
            }
            expect(thrown).toBeInstanceOf(AppError);
            expect((thrown as AppError).code).toBe(code);
            if (kind !== undefined) expect((thrown as AppError).kind).toBe(kind);
          },
        };
      },
    }),
  };
}
