import { type Command, type Decider, assertNever, DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import type { CaseNumberAssigned, CaseNumberVoided, CaseRegisterEvent } from '../application.events.js';

/** Registers an application in the diarium (one stream per tenant and year). */
export type AssignCaseNumber = Command<'AssignCaseNumber', { applicationId: string; year: number }>;

/** Records a number taken but never used as void (makulerat), with the reason. */
export type VoidCaseNumber = Command<'VoidCaseNumber', { caseNumber: string; reason: string }>;

export type CaseRegisterCommand = AssignCaseNumber | VoidCaseNumber;

/** One entry of the register, newest first. A list, not a map: folding stays O(1) per event without mutation. */
interface Entry {
  readonly applicationId: string;
  readonly caseNumber: string;
  readonly sequence: number;
  /** A void entry shadows the assignment of the same number further down the list. */
  readonly voided: boolean;
  readonly previous: Entry | null;
}

export interface CaseRegisterState {
  year: number | null;
  lastSequence: number;
  newest: Entry | null;
}

export const initialCaseRegisterState = (): CaseRegisterState => ({ year: null, lastSequence: 0, newest: null });

export const formatCaseNumber = (year: number, sequence: number): string => `${year}/${String(sequence).padStart(4, '0')}`;

/**
 * Case numbers are gapless per tenant and year: the next is the last plus one. Asking again for an
 * application that already has a (not void) number assigns nothing; the caller reads it with `caseNumberOf`.
 * The handler takes a number only for a submission the application decider has already accepted,
 * so a refused submission never takes one.
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

/** Voids a number that was assigned and is not void yet; voiding twice records nothing. */
export function voidCaseNumber(command: VoidCaseNumber, state: CaseRegisterState): CaseNumberVoided[] {
  const { caseNumber, reason } = command.data;
  if (reason.trim() === '') throw new InvalidInputError([{ field: 'reason', message: 'a void number states why' }]);
  const entry = entryOf(state, caseNumber);
  if (entry === null) throw new DomainRuleError('CASE_NUMBER_NOT_ASSIGNED', `${caseNumber} was never assigned`, { caseNumber });
  if (entry.voided) return [];
  const { applicationId, sequence } = entry;
  const year = state.year ?? Number(caseNumber.slice(0, 4));
  return [
    {
      type: 'CaseNumberVoided',
      data: { year, sequence, caseNumber, applicationId, reason: reason.trim(), voidedBy: command.metadata.actor.userId },
    },
  ];
}

export function evolveCaseRegister(state: CaseRegisterState, event: CaseRegisterEvent): CaseRegisterState {
  switch (event.type) {
    case 'CaseNumberAssigned': {
      const { year, sequence, caseNumber, applicationId } = event.data;
      return {
        year,
        lastSequence: Math.max(state.lastSequence, sequence),
        newest: { applicationId, caseNumber, sequence, voided: false, previous: state.newest },
      };
    }
    case 'CaseNumberVoided': {
      const { year, sequence, caseNumber, applicationId } = event.data;
      return { ...state, year, newest: { applicationId, caseNumber, sequence, voided: true, previous: state.newest } };
    }
    default:
      return assertNever(event);
  }
}

/**
 * Walks back from the newest entry: a retried submission is almost always among the last few,
 * and a year's register holds hundreds of cases, so the walk is short where copying a map on
 * every event made each fold quadratic. A voided number is no longer the application's.
 */
export function caseNumberOf(state: CaseRegisterState, applicationId: string): string | null {
  for (let entry = state.newest; entry !== null; entry = entry.previous) {
    if (entry.applicationId === applicationId) return entry.voided ? null : entry.caseNumber;
  }
  return null;
}

function entryOf(state: CaseRegisterState, caseNumber: string): Entry | null {
  for (let entry = state.newest; entry !== null; entry = entry.previous) if (entry.caseNumber === caseNumber) return entry;
  return null;
}

export const caseRegisterDecider: Decider<CaseRegisterCommand, CaseRegisterEvent, CaseRegisterState> = {
  decide: (command, state) => {
    switch (command.type) {
      case 'AssignCaseNumber':
        return assignCaseNumber(command, state);
      case 'VoidCaseNumber':
        return voidCaseNumber(command, state);
      default:
        return assertNever(command);
    }
  },
  evolve: evolveCaseRegister,
  initialState: initialCaseRegisterState,
};
