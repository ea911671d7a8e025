import { deciderSpec } from '@beslutskedjan/shared/testing';
import type { ApplicationWithdrawn } from '../application.events.js';
import { applicationDecider } from '../application.decider.js';
import {
  APPLICANT,
  APPLICATION_ID,
  DIRECTOR,
  director,
  inPreparation,
  officer,
  registered,
  taken,
} from '../testing/application-fixtures.js';
import type { TakeCase } from './take-case.command.js';

const spec = deciderSpec(applicationDecider);

const take = (metadata = director()): TakeCase => ({ type: 'TakeCase', data: { applicationId: APPLICATION_ID }, metadata });

describe('TakeCase', () => {
  it('makes the caller the preparer of a registered case', () => {
    spec
      .given(registered())
      .when(take())
      .then([taken(DIRECTOR)]);
    const state = [...registered(), taken()].reduce(applicationDecider.evolve, applicationDecider.initialState());
    expect(state.status === 'in_preparation' && state.preparedBy).toBe(DIRECTOR);
  });

  it('refuses a case someone already prepares', () => {
    spec.given(inPreparation()).when(take(officer())).thenThrows('CASE_ALREADY_TAKEN', 'rule');
  });

  it('refuses a withdrawn application', () => {
    const withdrawn: ApplicationWithdrawn = {
      type: 'ApplicationWithdrawn',
      data: { applicationId: APPLICATION_ID, reason: 'Ej aktuellt', withdrawnBy: APPLICANT },
    };
    spec
      .given([...registered(), withdrawn])
      .when(take())
      .thenThrows('APPLICATION_WITHDRAWN', 'rule');
  });

  it('refuses an unknown application', () => {
    spec.given([]).when(take()).thenThrows('APPLICATION_NOT_FOUND', 'not_found');
  });
});
