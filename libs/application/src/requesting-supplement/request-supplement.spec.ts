import { deciderSpec } from '@beslutskedjan/shared/testing';
import { applicationDecider } from '../application.decider.js';
import {
  APPLICATION_ID,
  DIRECTOR,
  director,
  inPreparation,
  officer,
  recommended,
  registered,
  supplementRequested,
} from '../testing/application-fixtures.js';
import type { RequestSupplement } from './request-supplement.command.js';

const spec = deciderSpec(applicationDecider);

const request = (data: Partial<RequestSupplement['data']> = {}, metadata = director()): RequestSupplement => ({
  type: 'RequestSupplement',
  data: { applicationId: APPLICATION_ID, requestId: 'sr-1', question: ' Hur många deltagare? ', dueDate: '2026-03-20', ...data },
  metadata,
});

describe('RequestSupplement', () => {
  it('asks the applicant for more information by a due date', () => {
    spec
      .given(inPreparation())
      .when(request())
      .then([
        {
          type: 'SupplementRequested',
          data: {
            applicationId: APPLICATION_ID,
            requestId: 'sr-1',
            question: 'Hur många deltagare?',
            dueDate: '2026-03-20',
            requestedBy: DIRECTOR,
          },
        },
      ]);
  });

  it('refuses anyone but the preparer', () => {
    spec.given(inPreparation()).when(request({}, officer())).thenThrows('NOT_PREPARER', 'rule');
  });

  it('refuses outside preparation: before the case is taken, while a request is open, after a recommendation', () => {
    spec.given(registered()).when(request()).thenThrows('SUPPLEMENT_NOT_ALLOWED', 'rule');
    spec
      .given([...inPreparation(), supplementRequested()])
      .when(request({ requestId: 'sr-2' }))
      .thenThrows('SUPPLEMENT_NOT_ALLOWED', 'rule');
    spec
      .given([...inPreparation(), recommended()])
      .when(request())
      .thenThrows('SUPPLEMENT_NOT_ALLOWED', 'rule');
  });

  it('refuses a due date today or earlier (Swedish day of the command)', () => {
    spec
      .given(inPreparation())
      .when(request({ dueDate: '2026-03-02' }))
      .thenThrows('DUE_DATE_NOT_IN_FUTURE', 'rule');
    // 23:30 UTC on 2 March is already 3 March in Sweden.
    spec
      .given(inPreparation())
      .when(request({ dueDate: '2026-03-03' }, director('2026-03-02T23:30:00.000Z')))
      .thenThrows('DUE_DATE_NOT_IN_FUTURE', 'rule');
  });

  it('needs a question', () => {
    spec
      .given(inPreparation())
      .when(request({ question: ' ' }))
      .thenThrows('QUESTION_REQUIRED', 'rule');
  });

  it('refuses a malformed due date or an empty request id', () => {
    spec
      .given(inPreparation())
      .when(request({ dueDate: '20/3' }))
      .thenThrows('INVALID_INPUT', 'invalid');
    spec
      .given(inPreparation())
      .when(request({ requestId: '' }))
      .thenThrows('INVALID_INPUT', 'invalid');
  });

  it('refuses an unknown application', () => {
    spec.given([]).when(request()).thenThrows('APPLICATION_NOT_FOUND', 'not_found');
  });
});
