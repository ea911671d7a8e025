import { Paragraph } from '@digdir/designsystemet-react';
import '../meeting-room.css';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { useSession } from '../../../lib/auth/use-session';
import { formatDate } from '../../../lib/format';
import { useGetMeetingRoom } from '../api/meeting';
import { useMeetingLive } from '../api/use-meeting-live';
import { NS } from '../i18n';
import { Agenda } from './agenda';
import { Attendance } from './attendance';
import { LiveAnnouncer, LiveStatus } from './live-status';
import { MemberActions } from './member-actions';
import { OpenItem } from './open-item';
import { PresidingControls } from './presiding-controls';
import { RoomExtras } from '../../board/components/room-extras';

/**
 * The meeting room: what the secretary projects on the wall and each member follows on their own
 * screen. Live from the event log; every rule is the API's, this page only shows and asks.
 */
export function MeetingRoomPage() {
  const { meetingId = '' } = useParams();
  const { t, i18n } = useTranslation(NS);
  const live = useMeetingLive(meetingId);
  const room = useGetMeetingRoom(meetingId, live.minPosition);
  const user = useSession();
  const roles = new Set(user?.roles ?? []);
  const member = roles.has('board_member') || roles.has('chair');
  return (
    <>
      <LiveAnnouncer change={live.lastChange} room={room.data} />
      <QueryState query={room}>
        {(view) => (
          <div className="meeting-room" data-position={view.seenPosition ?? undefined}>
            <PageHeading>{t('title', { label: view.label })}</PageHeading>
            <Paragraph>
              {t('meta', { date: formatDate(view.date, i18n.language), location: view.location ?? t('noLocation') })} ·{' '}
              <strong>{t(`status.${view.status}`)}</strong>
            </Paragraph>
            <LiveStatus state={live.state} />
            <div className="meeting-room-grid">
              <OpenItem item={view.openItem} />
              <Attendance room={view} />
            </div>
            {view.openItem && user && member ? (
              <MemberActions key={view.openItem.itemNo} meetingId={meetingId} item={view.openItem} />
            ) : null}
            <RoomExtras meetingId={meetingId} room={view} />
            {(view.status === 'scheduled' && (roles.has('chair') || roles.has('director'))) ||
            (user !== null && [view.presiding?.personId, view.openItem?.presiding?.personId].includes(user.userId)) ? (
              <PresidingControls key={view.openItem?.itemNo ?? 'between-items'} meetingId={meetingId} room={view} />
            ) : null}
            <Agenda items={view.items} />
          </div>
        )}
      </QueryState>
    </>
  );
}
