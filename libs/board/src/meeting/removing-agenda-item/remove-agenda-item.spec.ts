import { deciderSpec } from '@beslutskedjan/shared/testing';
import { as, caseSnapshot, DIRECTOR, inSession, itemAdded, meetingClosed, MEETING_ID, scheduled } from '../../testing/board-fixtures.js';
import type { AddAgendaItem } from '../adding-agenda-item/add-agenda-item.command.js';
import { meetingDecider } from '../meeting.decider.js';
import type { RemoveAgendaItem } from './remove-agenda-item.command.js';

const spec = deciderSpec(meetingDecider);

const remove = (itemNo: number): RemoveAgendaItem => ({
  type: 'RemoveAgendaItem',
  data: { meetingId: MEETING_ID, itemNo },
  metadata: as(DIRECTOR, 'director'),
});

const removed = (itemNo: number) => ({
  type: 'AgendaItemRemoved' as const,
  data: { meetingId: MEETING_ID, itemNo, applicationId: `app-${itemNo}`, kind: 'decision' as const, removedBy: DIRECTOR },
});

describe('RemoveAgendaItem', () => {
  it('takes an item off the agenda of a meeting not yet opened', () => {
    spec
      .given([scheduled(), itemAdded(1), itemAdded(2)])
      .when(remove(2))
      .then([removed(2)]);
  });

  it('never gives a removed number to the next item: the kallelse already cited it', () => {
    const add: AddAgendaItem = {
      type: 'AddAgendaItem',
      data: { meetingId: MEETING_ID, kind: 'decision', case: caseSnapshot({ applicationId: 'app-9' }) },
      metadata: as(DIRECTOR, 'director'),
    };
    spec
      .given([scheduled(), itemAdded(1), itemAdded(2), removed(2)])
      .when(add)
      .then([expect.objectContaining({ type: 'AgendaItemAdded', data: expect.objectContaining({ itemNo: 3 }) })]);
  });

  it('lets a removed case be put on the agenda again, under a new number', () => {
    const add: AddAgendaItem = {
      type: 'AddAgendaItem',
      data: { meetingId: MEETING_ID, kind: 'decision', case: caseSnapshot({ applicationId: 'app-1' }) },
      metadata: as(DIRECTOR, 'director'),
    };
    spec
      .given([scheduled(), itemAdded(1), removed(1)])
      .when(add)
      .then([expect.objectContaining({ data: expect.objectContaining({ itemNo: 2 }) })]);
  });

  it('refuses an item the agenda does not have, also one already removed', () => {
    spec
      .given([scheduled(), itemAdded(1)])
      .when(remove(4))
      .thenThrows('ITEM_NOT_FOUND', 'not_found');
    spec
      .given([scheduled(), itemAdded(1), removed(1)])
      .when(remove(1))
      .thenThrows('ITEM_NOT_FOUND', 'not_found');
  });

  it('refuses once the meeting is opened, and after it is closed', () => {
    spec.given(inSession()).when(remove(1)).thenThrows('MEETING_ALREADY_OPENED', 'rule');
    spec
      .given([...inSession(), meetingClosed()])
      .when(remove(1))
      .thenThrows('AGENDA_CLOSED', 'rule');
  });

  it('refuses a meeting that does not exist', () => {
    spec.given([]).when(remove(1)).thenThrows('MEETING_NOT_FOUND', 'not_found');
  });
});
