import { deciderSpec } from '@beslutskedjan/shared/testing';
import { appointed, as } from '../../testing/board-fixtures.js';
import { boardDecider } from '../board.decider.js';
import type { EndBoardMembership } from './end-board-membership.command.js';

const spec = deciderSpec(boardDecider);

const end = (data: Partial<EndBoardMembership['data']> = {}): EndBoardMembership => ({
  type: 'EndBoardMembership',
  data: { appointmentId: 'a-1', endedOn: '2024-06-01', reason: 'Avsagt sig uppdraget', ...data },
  metadata: as('u-admin', 'admin'),
});

describe('EndBoardMembership', () => {
  it('ends a membership within its term', () => {
    spec
      .given([appointed()])
      .when(end())
      .then([
        {
          type: 'BoardMembershipEnded',
          data: { appointmentId: 'a-1', personId: 'p-1', endedOn: '2024-06-01', reason: 'Avsagt sig uppdraget', endedBy: 'u-admin' },
        },
      ]);
  });

  it('accepts the first and the last day of the term', () => {
    spec
      .given([appointed()])
      .when(end({ endedOn: '2023-01-01' }))
      .then([expect.objectContaining({ type: 'BoardMembershipEnded' })]);
    spec
      .given([appointed()])
      .when(end({ endedOn: '2026-12-31' }))
      .then([expect.objectContaining({ type: 'BoardMembershipEnded' })]);
  });

  it('refuses an unknown appointment', () => {
    spec
      .given([appointed()])
      .when(end({ appointmentId: 'a-9' }))
      .thenThrows('APPOINTMENT_NOT_FOUND', 'not_found');
  });

  it('refuses to end a membership twice', () => {
    spec
      .given([
        appointed(),
        {
          type: 'BoardMembershipEnded',
          data: { appointmentId: 'a-1', personId: 'p-1', endedOn: '2024-01-01', reason: 'x', endedBy: 'u-admin' },
        },
      ])
      .when(end())
      .thenThrows('ALREADY_ENDED', 'rule');
  });

  it('refuses an end date outside the term', () => {
    spec
      .given([appointed()])
      .when(end({ endedOn: '2022-12-31' }))
      .thenThrows('END_DATE_OUTSIDE_TERM', 'rule');
    spec
      .given([appointed()])
      .when(end({ endedOn: '2027-01-01' }))
      .thenThrows('END_DATE_OUTSIDE_TERM', 'rule');
  });

  it('refuses an end date that is not a date', () => {
    spec
      .given([appointed()])
      .when(end({ endedOn: '1 juni' }))
      .thenThrows('INVALID_INPUT', 'invalid');
  });
});
