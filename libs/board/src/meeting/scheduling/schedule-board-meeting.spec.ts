import { deciderSpec } from '@beslutskedjan/shared/testing';
import { as, DIRECTOR, MEETING_ID, scheduled } from '../../testing/board-fixtures.js';
import { meetingDecider } from '../meeting.decider.js';
import type { ScheduleBoardMeeting } from './schedule-board-meeting.command.js';

const spec = deciderSpec(meetingDecider);

const schedule = (data: Partial<ScheduleBoardMeeting['data']> = {}): ScheduleBoardMeeting => ({
  type: 'ScheduleBoardMeeting',
  data: { meetingId: MEETING_ID, date: '2024-03-14', label: ' Styrelsemöte mars ', location: 'Kommunhuset', ...data },
  metadata: as(DIRECTOR, 'director', '2024-02-01T08:00:00.000Z'),
});

describe('ScheduleBoardMeeting', () => {
  it('schedules a meeting with a trimmed label', () => {
    spec
      .given([])
      .when(schedule())
      .then([
        {
          type: 'BoardMeetingScheduled',
          data: {
            meetingId: MEETING_ID,
            date: '2024-03-14',
            time: null,
            label: 'Styrelsemöte mars',
            location: 'Kommunhuset',
            scheduledBy: DIRECTOR,
          },
        },
      ]);
  });

  it('stores a blank location as none', () => {
    spec
      .given([])
      .when(schedule({ location: ' ' }))
      .then([expect.objectContaining({ data: expect.objectContaining({ location: null }) })]);
  });

  it('refuses to schedule the same meeting twice', () => {
    spec.given([scheduled()]).when(schedule()).thenThrows('MEETING_ALREADY_SCHEDULED', 'rule');
  });

  it('refuses a date that is not a date and an empty label', () => {
    spec
      .given([])
      .when(schedule({ date: '2024-02-30' }))
      .thenThrows('INVALID_INPUT', 'invalid');
    spec
      .given([])
      .when(schedule({ label: '' }))
      .thenThrows('INVALID_INPUT', 'invalid');
  });
});
