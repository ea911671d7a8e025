import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { useListBoardAppointments } from '../api/board-composition';
import { NS } from '../i18n';
import { AppointForm } from './appoint-form';
import { AppointmentsTable } from './appointments-table';
import { BoardOnDate } from './board-on-date';
import { EndMembershipForm } from './end-membership-form';

/** The administrator's view of the board over time, with appointing and ending memberships. */
export function BoardCompositionPage() {
  const { t } = useTranslation(NS);
  const appointments = useListBoardAppointments();
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <Paragraph>{t('intro')}</Paragraph>
      <QueryState query={appointments}>
        {({ appointments: list }) => (
          <>
            <BoardOnDate nameOf={(id) => list.find((a) => a.personId === id)?.name ?? id} />
            <AppointmentsTable appointments={list} />
            <div className="two-columns">
              <AppointForm appointments={list} />
              <EndMembershipForm appointments={list} />
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
