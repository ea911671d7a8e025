import type { Command, Decider } from '../../../shared/src/decider.js';
import { InvalidInputError } from '../../../shared/src/errors.js';
import type { CaseNumberAssigned } from '../application.events.js';

/** Registers an application in the diarium (one stream per tenant and year). */
export type AssignCaseNumber = Command<'AssignCaseNumber', { applicationId: string; year: number }>;

/** One registered case, newest first. A list, not a map: folding stays O(1) per event without mutation. */
interface Registered {
  readonly applicationId: string;
  readonly caseNumber: string;
  readonly previous: Registered | null;
}

export interface CaseRegisterState {
  year: number | null;
  lastSequence: number;
  newest: Registered | null;
}

export const initialCaseRegisterState = (): CaseRegisterState => ({ year: null, lastSequence: 0, newest: null });

export const formatCaseNumber = (year: number, sequence: number): string => `${year}/${String(sequence).padStart(4, '0')}`;

/**
 * Case numbers are gapless per tenant and year: the next is the last plus one. Asking again for an
 * application that already has a number assigns nothing; the caller reads it with `caseNumberOf`.
 */
export function assignCaseNumber(command: AssignCaseNumber, state: CaseRegisterState): CaseNumberAssigned[] {
  const { applicationId, year } = command.data;
  const problems = [
    ...(applicationId.trim() === '' ? [{ field: 'applicationId', message: 'must not be empty' }] : []),
    ...(Number.isInteger(year) && year >= 1000 && year <= 9999 ? [] : [{ field: 'year', message: 'must be a four-digit year' }]),
    ...(state.year !== null && state.year !== year ? [{ field: 'year', message: `this register is for ${state.year}` }] : []),
  ];
  if (problems.length > 0) throw new InvalidInputError(problems);
  if (caseNumberOf(state, applicationId) !== null) return [];
  const sequence = state.lastSequence + 1;
  return [{ type: 'CaseNumberAssigned', data: { year, sequence, caseNumber: formatCaseNumber(year, sequence), applicationId } }];
}

export function evolveCaseRegister(state: CaseRegisterState, event: CaseNumberAssigned): CaseRegisterState {
  const { year, sequence, caseNumber, applicationId } = event.data;
  return { year, lastSequence: Math.max(state.lastSequence, sequence), newest: { applicationId, caseNumber, previous: state.newest } };
}

/**
 * Walks back from the newest case: a retried submission is almost always among the last few,
 * and a year's register holds hundreds of cases, so the walk is short where copying a map on
 * every event made each fold quadratic.
 */
export function caseNumberOf(state: CaseRegisterState, applicationId: string): string | null {
  for (let entry = state.newest; entry !== null; entry = entry.previous) {
    if (entry.applicationId === applicationId) return entry.caseNumber;
  }
  return null;
}

export const caseRegisterDecider: Decider<AssignCaseNumber, CaseNumberAssigned, CaseRegisterState> = {
  decide: assignCaseNumber,
  evolve: evolveCaseRegister,
  initialState: initialCaseRegisterState,
};
