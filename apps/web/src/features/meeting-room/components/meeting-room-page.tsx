import { Paragraph } from '@digdir/designsystemet-react';
import '../meeting-room.css';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { useSession } from '../../../lib/auth/use-session';
import { formatDate } from '../../../lib/format';
import { useGetBoardMeeting, useGetMeetingParticipants } from '../api/meeting';
import { useMeetingLive } from '../api/use-meeting-live';
import { NS } from '../i18n';
import { Agenda } from './agenda';
import { Attendance } from './attendance';
import { LiveAnnouncer, LiveStatus } from './live-status';
import { MemberActions } from './member-actions';
import { OpenItem } from './open-item';
import { PresidingControls } from './presiding-controls';

/**
 * The meeting room: what the secretary projects on the wall and each member follows on their own
 * screen. Live from the event log; every rule is the API's, this page only shows and asks.
 */
export function MeetingRoomPage() {
  const { meetingId = '' } = useParams();
  const { t, i18n } = useTranslation(NS);
  const live = useMeetingLive(meetingId);
  const meeting = useGetBoardMeeting(meetingId, live.minPosition);
  const participants = useGetMeetingParticipants(meetingId);
  const user = useSession();
  const people = participants.data?.people ?? [];
  const nameOf = (personId: string) => people.find((p) => p.personId === personId)?.name ?? personId;
  const roles = new Set(user?.roles ?? []);
  return (
    <>
      <LiveAnnouncer change={live.lastChange} detail={meeting.data} />
      <QueryState query={meeting}>
        {(detail) => {
          const open = detail.items.find((i) => i.status === 'open' || i.status === 'outcome_recorded') ?? null;
          return (
            <div className="meeting-room" data-position={detail.seenPosition ?? undefined}>
              <PageHeading>{t('title', { label: detail.meeting.label })}</PageHeading>
              <Paragraph>
                {t('meta', { date: formatDate(detail.meeting.date, i18n.language), location: detail.meeting.location ?? t('noLocation') })} ·{' '}
                <strong>{t(`status.${detail.meeting.status}`)}</strong>
              </Paragraph>
              <LiveStatus state={live.state} />
              <div className="meeting-room-grid">
                <OpenItem item={open} nameOf={nameOf} />
                <Attendance meeting={detail.meeting} people={people} nameOf={nameOf} />
              </div>
              {open && user && (roles.has('board_member') || roles.has('chair')) ? (
                <MemberActions meetingId={meetingId} item={open} userId={user.userId} people={people} />
              ) : null}
              {roles.has('chair') ? <PresidingControls meetingId={meetingId} detail={detail} people={people} /> : null}
              <Agenda items={detail.items} />
            </div>
          );
        }}
      </QueryState>
    </>
  );
}
