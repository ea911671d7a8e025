import { InvalidInputError } from './errors.js';

/** Why a value is not a Swedish organisationsnummer. */
export type OrganisationNumberProblem = 'format' | 'checksum' | 'personal_identity_number';

export type OrganisationNumberCheck = { valid: true; normalised: string } | { valid: false; problem: OrganisationNumberProblem };

const FORMAT = /^(\d{6})-?(\d{4})$/;

/**
 * Checks a Swedish organisationsnummer, written `NNNNNN-NNNN` or as 10 digits, and normalises it to
 * `NNNNNN-NNNN`. The last digit is a Luhn check digit. The third and fourth digits of a legal
 * entity's number are at least 20; lower values are a personnummer (a sole trader's number), which
 * must never enter the event log.
 */
export function checkOrganisationNumber(value: string): OrganisationNumberCheck {
  const match = FORMAT.exec(value.trim());
  if (match === null) return { valid: false, problem: 'format' };
  const digits = `${match[1] ?? ''}${match[2] ?? ''}`;
  if (!luhnValid(digits)) return { valid: false, problem: 'checksum' };
  if (Number(digits.slice(2, 4)) < 20) return { valid: false, problem: 'personal_identity_number' };
  return { valid: true, normalised: `${digits.slice(0, 6)}-${digits.slice(6)}` };
}

export const isValidOrganisationNumber = (value: string): boolean => checkOrganisationNumber(value).valid;

/** Luhn (mod 10) over all digits, the last being the check digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}

const PROBLEM_TEXT: Readonly<Record<OrganisationNumberProblem, string>> = {
  format: 'must be an organisationsnummer NNNNNN-NNNN',
  checksum: 'is not a valid organisationsnummer (wrong check digit)',
  personal_identity_number: 'is a personnummer, not an organisationsnummer (it must not be stored)',
};

export const organisationNumberProblemText = (problem: OrganisationNumberProblem): string => PROBLEM_TEXT[problem];

/**
 * The one check every entry point uses (applications, registers, board appointments): the
 * normalised number, or a 400 naming the field.
 */
export function validOrganisationNumber(value: string, field: string): string {
  const check = checkOrganisationNumber(value);
  if (check.valid) return check.normalised;
  throw new InvalidInputError([{ field, message: PROBLEM_TEXT[check.problem] }]);
}
