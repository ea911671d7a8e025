import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MeetingParticipant, MeetingView } from '../api/views';
import { NS } from '../i18n';

/** Who is present and who is not, seat by seat, as the meeting recorded it. */
export function Attendance({ meeting, people, nameOf }: { meeting: MeetingView; people: MeetingParticipant[]; nameOf: (id: string) => string }) {
  const { t } = useTranslation(NS);
  const seats = people.filter((p) => p.position !== null);
  const present = new Set(meeting.present ?? []);
  return (
    <section aria-labelledby="attendance-heading" className="meeting-panel">
      <Heading level={2} data-size="sm" id="attendance-heading">
        {t('attendance.heading')}
      </Heading>
      {meeting.present === null ? (
        <Paragraph>{t('attendance.notOpened')}</Paragraph>
      ) : (
        <>
          <Paragraph data-testid="attendance-count">{t('attendance.count', { present: seats.filter((s) => present.has(s.personId)).length, seats: seats.length })}</Paragraph>
          <ul className="plain-list">
            {seats.map((s) => (
              <li key={s.personId}>
                <strong>{s.name}</strong>, {t(`positions.${s.position ?? 'other'}`)}
                {s.substituteFor ? ` (${t('attendance.substitute', { name: nameOf(s.substituteFor) })})` : ''} –{' '}
                {present.has(s.personId) ? t('attendance.present') : t('attendance.absent')}
              </li>
            ))}
          </ul>
          {meeting.adjusterId ? <Paragraph>{t('attendance.adjuster', { name: nameOf(meeting.adjusterId) })}</Paragraph> : null}
        </>
      )}
    </section>
  );
}
