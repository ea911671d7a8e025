import { deciderSpec } from '@beslutskedjan/shared/testing';
import type { CaseNumberAssigned, CaseNumberVoided } from '../application.events.js';
import { director } from '../testing/application-fixtures.js';
import { caseNumberOf, caseRegisterDecider, type AssignCaseNumber, type VoidCaseNumber } from './assign-case-number.js';

const spec = deciderSpec(caseRegisterDecider);

const assign = (applicationId: string, year = 2026): AssignCaseNumber => ({
  type: 'AssignCaseNumber',
  data: { applicationId, year },
  metadata: director(),
});

const assigned = (sequence: number, applicationId: string, year = 2026): CaseNumberAssigned => ({
  type: 'CaseNumberAssigned',
  data: { year, sequence, caseNumber: `${year}/${String(sequence).padStart(4, '0')}`, applicationId },
});

describe('AssignCaseNumber', () => {
  it('gives the first application of the year number 0001', () => {
    spec
      .given([])
      .when(assign('app-1'))
      .then([{ type: 'CaseNumberAssigned', data: { year: 2026, sequence: 1, caseNumber: '2026/0001', applicationId: 'app-1' } }]);
  });

  it('hands out the next number without gaps', () => {
    const history = Array.from({ length: 41 }, (_, i) => assigned(i + 1, `app-${i + 1}`));
    spec
      .given(history)
      .when(assign('app-42'))
      .then([assigned(42, 'app-42')]);
  });

  it('assigns nothing to an application that already has a number, which stays readable', () => {
    const history = [assigned(1, 'app-1'), assigned(2, 'app-2')];
    spec.given(history).when(assign('app-1')).then([]);
    const state = history.reduce(caseRegisterDecider.evolve, caseRegisterDecider.initialState());
    expect(caseNumberOf(state, 'app-1')).toBe('2026/0001');
    expect(caseNumberOf(state, 'app-3')).toBeNull();
  });

  it('keeps counting past 9999', () => {
    spec
      .given([assigned(9999, 'app-x')])
      .when(assign('app-y'))
      .then([assigned(10_000, 'app-y')]);
  });

  it('refuses a year other than the register’s, or one that is not a year', () => {
    spec
      .given([assigned(1, 'app-1')])
      .when(assign('app-2', 2027))
      .thenThrows('INVALID_INPUT', 'invalid');
    spec.given([]).when(assign('app-2', 26)).thenThrows('INVALID_INPUT', 'invalid');
    spec.given([]).when(assign(' ')).thenThrows('INVALID_INPUT', 'invalid');
  });
});

describe('VoidCaseNumber (makulerat diarienummer)', () => {
  const voidIt = (caseNumber: string, reason = 'Avbrott mellan diarieföring och registrering'): VoidCaseNumber => ({
    type: 'VoidCaseNumber',
    data: { caseNumber, reason },
    metadata: director(),
  });
  const voided = (sequence: number, applicationId: string): CaseNumberVoided => ({
    type: 'CaseNumberVoided',
    data: {
      year: 2026,
      sequence,
      caseNumber: `2026/000${sequence}`,
      applicationId,
      reason: 'Avbrott mellan diarieföring och registrering',
      voidedBy: 'u-director',
    },
  });

  it('given a number taken and unused, when voided with a reason, then the void is recorded under the same number', () => {
    spec
      .given([assigned(1, 'app-1'), assigned(2, 'app-2')])
      .when(voidIt('2026/0002'))
      .then([voided(2, 'app-2')]);
  });

  it('given a voided number, the next application still takes the next number: the void keeps its place, no gap, no reuse', () => {
    spec
      .given([assigned(1, 'app-1'), voided(1, 'app-1')])
      .when(assign('app-2'))
      .then([assigned(2, 'app-2')]);
  });

  it('a retried submission whose number was voided takes a new one', () => {
    const state = [assigned(1, 'app-1'), voided(1, 'app-1')].reduce(caseRegisterDecider.evolve, caseRegisterDecider.initialState());
    expect(caseNumberOf(state, 'app-1')).toBeNull();
    spec
      .given([assigned(1, 'app-1'), voided(1, 'app-1')])
      .when(assign('app-1'))
      .then([assigned(2, 'app-1')]);
  });

  it('voiding twice records nothing; a number never taken or a void without a reason is refused', () => {
    spec
      .given([assigned(1, 'app-1'), voided(1, 'app-1')])
      .when(voidIt('2026/0001'))
      .then([]);
    spec
      .given([assigned(1, 'app-1')])
      .when(voidIt('2026/0007'))
      .thenThrows('CASE_NUMBER_NOT_ASSIGNED', 'rule');
    spec
      .given([assigned(1, 'app-1')])
      .when(voidIt('2026/0001', ' '))
      .thenThrows('INVALID_INPUT', 'invalid');
  });
});
