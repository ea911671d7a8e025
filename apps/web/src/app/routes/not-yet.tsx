import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';

/** Reminder mail links to meetings; the meeting room is part 2 of the web app. */
export function MeetingRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('meeting.title')}</PageHeading>
      <Paragraph>{t('meeting.comingSoon')}</Paragraph>
      <Paragraph>
        <Link to="/inbox">{t('nav.inbox')}</Link>
      </Paragraph>
    </>
  );
}

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph>
        <Link to="/">{t('notFound.home')}</Link>
      </Paragraph>
    </>
  );
}
