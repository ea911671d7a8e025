import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MeetingRoomView } from '../api/views';
import { NS } from '../i18n';

/** Who is present and who is not, seat by seat, as the meeting recorded it. */
export function Attendance({ room }: { room: MeetingRoomView }) {
  const { t } = useTranslation(NS);
  const seats = room.seats;
  const nameOf = (personId: string) => seats?.find((s) => s.personId === personId)?.name ?? personId;
  return (
    <section aria-labelledby="attendance-heading" className="meeting-panel">
      <Heading level={2} data-size="sm" id="attendance-heading">
        {t('attendance.heading')}
      </Heading>
      {seats === null ? (
        <Paragraph>{t('attendance.notOpened')}</Paragraph>
      ) : (
        <>
          <Paragraph data-testid="attendance-count">
            {t('attendance.count', { present: seats.filter((s) => s.present).length, seats: seats.length })}
          </Paragraph>
          <ul className="plain-list">
            {seats.map((s) => (
              <li key={s.personId}>
                <strong>{s.name}</strong>, {t(`positions.${s.position}`)}
                {s.substituteFor ? ` (${t('attendance.substitute', { name: nameOf(s.substituteFor) })})` : ''} –{' '}
                {s.present ? t('attendance.present') : t('attendance.absent')}
              </li>
            ))}
          </ul>
          {room.presiding ? <Paragraph>{t('attendance.presiding', { name: room.presiding.name })}</Paragraph> : null}
          {room.adjuster ? <Paragraph>{t('attendance.adjuster', { name: room.adjuster.name })}</Paragraph> : null}
        </>
      )}
    </section>
  );
}
