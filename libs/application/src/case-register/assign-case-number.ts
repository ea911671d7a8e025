import type { Command, Decider } from '../../../shared/src/decider.js';
import { InvalidInputError } from '../../../shared/src/errors.js';
import type { CaseNumberAssigned } from '../application.events.js';

/** Registers an application in the diarium (one stream per tenant and year). */
export type AssignCaseNumber = Command<'AssignCaseNumber', { applicationId: string; year: number }>;

export interface CaseRegisterState {
  year: number | null;
  lastSequence: number;
  /** Case number by application id. */
  assigned: Readonly<Record<string, string>>;
}

export const initialCaseRegisterState = (): CaseRegisterState => ({ year: null, lastSequence: 0, assigned: {} });

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
  if (state.assigned[applicationId] !== undefined) return [];
  const sequence = state.lastSequence + 1;
  return [{ type: 'CaseNumberAssigned', data: { year, sequence, caseNumber: formatCaseNumber(year, sequence), applicationId } }];
}

export function evolveCaseRegister(state: CaseRegisterState, event: CaseNumberAssigned): CaseRegisterState {
  const { year, sequence, caseNumber, applicationId } = event.data;
  return { year, lastSequence: Math.max(state.lastSequence, sequence), assigned: { ...state.assigned, [applicationId]: caseNumber } };
}

export const caseNumberOf = (state: CaseRegisterState, applicationId: string): string | null => state.assigned[applicationId] ?? null;

export const caseRegisterDecider: Decider<AssignCaseNumber, CaseNumberAssigned, CaseRegisterState> = {
  decide: assignCaseNumber,
  evolve: evolveCaseRegister,
  initialState: initialCaseRegisterState,
};
