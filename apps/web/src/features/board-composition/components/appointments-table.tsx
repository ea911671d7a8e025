import { Heading, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../api/board-composition';
import { NS } from '../i18n';

/** Every appointment, past, present and future: the board's composition over time. */
export function AppointmentsTable({ appointments }: { appointments: Appointment[] }) {
  const { t } = useTranslation(NS);
  const nameOf = (id: string) => appointments.find((a) => a.personId === id)?.name ?? id;
  return (
    <section aria-labelledby="appointments-heading" className="stack">
      <Heading level={2} data-size="sm" id="appointments-heading">
        {t('overTime')}
      </Heading>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="appointments-caption">
        <Table data-testid="appointments">
          <caption id="appointments-caption">{t('caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('person')}</Table.HeaderCell>
              <Table.HeaderCell>{t('position')}</Table.HeaderCell>
              <Table.HeaderCell>{t('organisation')}</Table.HeaderCell>
              <Table.HeaderCell>{t('substituteFor')}</Table.HeaderCell>
              <Table.HeaderCell>{t('term')}</Table.HeaderCell>
              <Table.HeaderCell>{t('ended')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {appointments.map((a) => (
              <Table.Row key={a.appointmentId}>
                <Table.Cell>
                  {a.name} ({a.personId})
                </Table.Cell>
                <Table.Cell>{t(`positions.${a.position}`)}</Table.Cell>
                <Table.Cell>{a.memberOrganisation.name}</Table.Cell>
                <Table.Cell>{a.substituteFor ? nameOf(a.substituteFor) : '–'}</Table.Cell>
                <Table.Cell>
                  {a.termFrom} – {a.termTo}
                </Table.Cell>
                <Table.Cell>{a.ended ? t('endedText', { date: a.ended.endedOn, reason: a.ended.reason }) : t('notEnded')}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}
