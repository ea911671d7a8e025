import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import { todayOf } from '../../today.js';
import { meetingNotFound } from '../meeting.guards.js';
import type { MinutesNoticePosted } from '../meeting.events.js';
import type { MeetingState } from '../meeting.state.js';
import { appealEndsOn } from '../legal-force/appeal-window.js';

export type PostMinutesNotice = Command<'PostMinutesNotice', { meetingId: string }>;

/**
 * The attestation of the minutes is announced on the förbund's notice board (anslag, KL 8:12);
 * the posting date starts the three-week appeal window (KL 13:5).
 */
export function postMinutesNotice(command: PostMinutesNotice, state: MeetingState): MinutesNoticePosted[] {
  const { meetingId } = command.data;
  if (state.status === 'none') throw meetingNotFound();
  if (state.status !== 'attested') {
    throw new DomainRuleError('MINUTES_NOT_ATTESTED', 'Only attested minutes are posted on the notice board', {
      meetingId,
      status: state.status,
    });
  }
  if (state.notice !== null) {
    throw new DomainRuleError('NOTICE_ALREADY_POSTED', `The minutes were posted on ${state.notice.postedOn}`, {
      postedOn: state.notice.postedOn,
    });
  }
  const postedOn = todayOf(command.metadata);
  return [
    {
      type: 'MinutesNoticePosted',
      data: { meetingId, postedOn, appealEndsOn: appealEndsOn(postedOn), postedBy: command.metadata.actor.userId },
    },
  ];
}
