import { deciderSpec } from '@beslutskedjan/shared/testing';
import { appointed, as, org } from '../../testing/board-fixtures.js';
import { boardDecider } from '../board.decider.js';
import type { BoardMembershipEnded } from '../board.events.js';
import type { AppointBoardMember } from './appoint-board-member.command.js';

const spec = deciderSpec(boardDecider);

const appoint = (data: Partial<AppointBoardMember['data']> = {}): AppointBoardMember => ({
  type: 'AppointBoardMember',
  data: {
    appointmentId: 'a-new',
    personId: 'p-new',
    position: 'member',
    memberOrganisation: org('region'),
    substituteFor: null,
    termFrom: '2023-01-01',
    termTo: '2026-12-31',
    ...data,
  },
  metadata: as('u-admin', 'admin'),
});

const ended = (appointmentId: string, personId: string, endedOn: string): BoardMembershipEnded => ({
  type: 'BoardMembershipEnded',
  data: { appointmentId, personId, endedOn, reason: 'Avsagt sig', endedBy: 'u-admin' },
});

describe('AppointBoardMember', () => {
  it('appoints a member for a term, stamped with who appointed', () => {
    spec
      .given([])
      .when(appoint())
      .then([
        {
          type: 'BoardMemberAppointed',
          data: {
            appointmentId: 'a-new',
            personId: 'p-new',
            position: 'member',
            memberOrganisation: org('region'),
            substituteFor: null,
            termFrom: '2023-01-01',
            termTo: '2026-12-31',
            appointedBy: 'u-admin',
          },
        },
      ]);
  });

  it('appoints a personal substitute for a member seated during the term', () => {
    spec
      .given([appointed({ appointmentId: 'a-1', personId: 'p-1' })])
      .when(appoint({ position: 'substitute', substituteFor: 'p-1', termFrom: '2024-01-01' }))
      .then([expect.objectContaining({ type: 'BoardMemberAppointed' })]);
  });

  it('accepts a one-day term', () => {
    spec
      .given([])
      .when(appoint({ termFrom: '2024-05-01', termTo: '2024-05-01' }))
      .then([expect.objectContaining({ type: 'BoardMemberAppointed' })]);
  });

  it('refuses a term that ends before it starts', () => {
    spec
      .given([])
      .when(appoint({ termFrom: '2024-01-02', termTo: '2024-01-01' }))
      .thenThrows('TERM_INVALID', 'rule');
  });

  it('refuses dates that are not dates, and substituteFor on a member seat', () => {
    spec
      .given([])
      .when(appoint({ termTo: '2024-13-01' }))
      .thenThrows('INVALID_INPUT', 'invalid');
    spec
      .given([])
      .when(appoint({ substituteFor: 'p-1' }))
      .thenThrows('INVALID_INPUT', 'invalid');
  });

  it('refuses an appointment id used before', () => {
    spec
      .given([appointed({ appointmentId: 'a-new' })])
      .when(appoint())
      .thenThrows('APPOINTMENT_ALREADY_EXISTS', 'rule');
  });

  describe('one seat per person at a time', () => {
    it('refuses a second appointment overlapping the first', () => {
      spec
        .given([appointed({ personId: 'p-new', termTo: '2023-12-31' })])
        .when(appoint({ termFrom: '2023-12-31', position: 'chair' }))
        .thenThrows('ALREADY_APPOINTED', 'rule');
    });

    it('accepts the next term once the previous one is over', () => {
      spec
        .given([appointed({ personId: 'p-new', termTo: '2022-12-31' })])
        .when(appoint())
        .then([expect.objectContaining({ type: 'BoardMemberAppointed' })]);
    });

    it('accepts a new seat from the day an earlier membership ended', () => {
      spec
        .given([appointed({ appointmentId: 'a-1', personId: 'p-new' }), ended('a-1', 'p-new', '2024-06-01')])
        .when(appoint({ position: 'chair', termFrom: '2024-06-01' }))
        .then([expect.objectContaining({ type: 'BoardMemberAppointed' })]);
    });
  });

  describe('one chair at a time', () => {
    it('refuses a second chair whose term overlaps', () => {
      spec
        .given([appointed({ personId: 'p-chair', position: 'chair', termTo: '2024-12-31' })])
        .when(appoint({ position: 'chair', termFrom: '2024-12-31' }))
        .thenThrows('CHAIR_ALREADY_APPOINTED', 'rule');
    });

    it('accepts a new chair once the previous chair stepped down', () => {
      spec
        .given([appointed({ appointmentId: 'a-c', personId: 'p-chair', position: 'chair' }), ended('a-c', 'p-chair', '2024-03-01')])
        .when(appoint({ position: 'chair', termFrom: '2024-03-01' }))
        .then([expect.objectContaining({ type: 'BoardMemberAppointed' })]);
    });
  });

  describe('a substitute stands in for a member seated during the term', () => {
    it('refuses a substitute who names nobody', () => {
      spec
        .given([])
        .when(appoint({ position: 'substitute' }))
        .thenThrows('SUBSTITUTE_FOR_UNKNOWN', 'rule');
    });

    it('refuses a substitute for someone not on the board', () => {
      spec
        .given([appointed({ personId: 'p-1' })])
        .when(appoint({ position: 'substitute', substituteFor: 'p-9' }))
        .thenThrows('SUBSTITUTE_FOR_UNKNOWN');
    });

    it('refuses a substitute for another substitute', () => {
      spec
        .given([
          appointed({ appointmentId: 'a-1', personId: 'p-1' }),
          appointed({ appointmentId: 'a-2', personId: 'p-s1', position: 'substitute', substituteFor: 'p-1' }),
        ])
        .when(appoint({ position: 'substitute', substituteFor: 'p-s1' }))
        .thenThrows('SUBSTITUTE_FOR_UNKNOWN');
    });

    it('refuses a substitute for a member whose term does not meet theirs', () => {
      spec
        .given([appointed({ personId: 'p-1', termFrom: '2019-01-01', termTo: '2022-12-31' })])
        .when(appoint({ position: 'substitute', substituteFor: 'p-1' }))
        .thenThrows('SUBSTITUTE_FOR_UNKNOWN');
    });

    it('accepts a substitute for the chair, who is a member with a vote', () => {
      spec
        .given([appointed({ personId: 'p-chair', position: 'chair' })])
        .when(appoint({ position: 'substitute', substituteFor: 'p-chair' }))
        .then([expect.objectContaining({ type: 'BoardMemberAppointed' })]);
    });
  });
});
