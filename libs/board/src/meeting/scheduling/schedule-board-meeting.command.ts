import { type Command, DomainRuleError, InvalidInputError, type FieldProblem } from '@beslutskedjan/shared';
import { isIsoDate } from '@beslutskedjan/policy';
import type { BoardMeetingScheduled } from '../meeting.events.js';
import type { MeetingState } from '../meeting.state.js';

export type ScheduleBoardMeeting = Command<
  'ScheduleBoardMeeting',
  { meetingId: string; /** YYYY-MM-DD */ date: string; /** HH:MM */ time?: string | null; label: string; location: string | null }
>;

export function scheduleBoardMeeting(command: ScheduleBoardMeeting, state: MeetingState): BoardMeetingScheduled[] {
  const { meetingId, date, label, location } = command.data;
  const time = command.data.time ?? null;
  const problems: FieldProblem[] = [
    ...(isIsoDate(date) ? [] : [{ field: 'date', message: 'must be a date YYYY-MM-DD' }]),
    ...(label.trim() === '' ? [{ field: 'label', message: 'must not be empty' }] : []),
    ...(time === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? [] : [{ field: 'time', message: 'must be HH:MM' }]),
  ];
  if (problems.length > 0) throw new InvalidInputError(problems);
  if (state.status !== 'none') {
    throw new DomainRuleError('MEETING_ALREADY_SCHEDULED', `Meeting ${meetingId} is already scheduled`, { meetingId });
  }
  const place = location?.trim() ?? '';
  return [
    {
      type: 'BoardMeetingScheduled',
      data: {
        meetingId,
        date,
        time,
        label: label.trim(),
        location: place === '' ? null : place,
        scheduledBy: command.metadata.actor.userId,
      },
    },
  ];
}
