import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { formatDate, formatSek } from '../../../lib/format';
import {
  useAddAgendaItem,
  useDownloadKallelse,
  useGetMeetingToPlan,
  useListAgendaCandidates,
  useRemoveAgendaItem,
  type AgendaCandidate,
  type MeetingDetail,
} from '../api/plan-meeting';
import { NS } from '../i18n';
import '../plan-meeting.css';

/**
 * A meeting's agenda as the office plans it: the items, each removable before the meeting; the
 * prepared cases waiting for the board and the delegated decisions to report, each with one button.
 * Whether a change is allowed is the API's rule; a refusal is shown with its reason.
 */
export function PlanAgendaPage() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation(NS);
  const meeting = useGetMeetingToPlan(meetingId);
  return (
    <QueryState query={meeting}>
      {(detail) => (
        <div className="stack">
          <PageHeading>{t('agenda.title', { label: detail.meeting.label })}</PageHeading>
          <Paragraph>
            <Link to="/planning">{t('agenda.back')}</Link>
          </Paragraph>
          <Agenda meetingId={meetingId} detail={detail} />
        </div>
      )}
    </QueryState>
  );
}

function Agenda({ meetingId, detail }: { meetingId: string; detail: MeetingDetail }) {
  const { t, i18n } = useTranslation(NS);
  const add = useAddAgendaItem(meetingId);
  const remove = useRemoveAgendaItem(meetingId);
  const kallelse = useDownloadKallelse(meetingId);
  const candidates = useListAgendaCandidates();
  const [done, setDone] = useState('');
  const agendaHeading = useRef<HTMLHeadingElement>(null);
  const { meeting, items } = detail;
  const error = add.error ?? remove.error;

  const removeItem = (itemNo: number) => {
    add.reset();
    remove.mutate(itemNo, {
      onSuccess: () => {
        setDone(t('agenda.removed', { itemNo }));
        // The button pressed is gone with its item: the keyboard continues from the agenda's heading.
        agendaHeading.current?.focus();
      },
    });
  };
  const addCase = (c: AgendaCandidate, kind: 'decision' | 'reported_delegated_decision') => {
    remove.reset();
    add.mutate(
      { applicationId: c.applicationId, kind },
      {
        onSuccess: () => {
          setDone(t('agenda.added', { caseNumber: c.caseNumber }));
          agendaHeading.current?.focus();
        },
      },
    );
  };

  return (
    <>
      <Paragraph>
        {t('agenda.meta', { date: formatDate(meeting.date, i18n.language), location: meeting.location ?? t('list.noLocation') })}{' '}
        <Tag data-color={meeting.status === 'open' ? 'success' : 'neutral'}>{t(`list.status.${meeting.status}`)}</Tag>
      </Paragraph>
      <Paragraph>{t('agenda.scheduled')}</Paragraph>
      {kallelse.error ? <ProblemAlert error={kallelse.error} /> : null}
      <div className="actions">
        <Button variant="secondary" onClick={() => kallelse.mutate()} disabled={kallelse.isPending}>
          {t('agenda.kallelse', { label: meeting.label })}
        </Button>
      </div>
      <p role="status" className="muted" data-testid="agenda-status">
        {error ? '' : done}
      </p>
      {error ? <ProblemAlert error={error} /> : null}

      <section aria-labelledby="agenda-items" className="stack">
        <Heading level={2} data-size="sm" id="agenda-items" ref={agendaHeading} tabIndex={-1}>
          {t('agenda.items')}
        </Heading>
        <Paragraph data-size="sm">{t('agenda.order')}</Paragraph>
        {items.length === 0 ? (
          <Paragraph>{t('agenda.noItems')}</Paragraph>
        ) : (
          <ol className="plain-list stack" data-testid="agenda">
            {items.map((item) => (
              <li key={item.itemNo}>
                <Card className="stack plan-meeting">
                  <Heading level={3} data-size="xs">
                    {t('agenda.item', { itemNo: item.itemNo, title: item.title })}
                  </Heading>
                  <Paragraph>
                    {t('agenda.caseNumber', { caseNumber: item.caseNumber })} ·{' '}
                    {item.kind === 'reported_delegated_decision' ? t('agenda.reported') : t(`agenda.recommendation.${item.recommendation}`)}
                  </Paragraph>
                  <div className="actions">
                    <Button variant="secondary" data-color="danger" onClick={() => removeItem(item.itemNo)} disabled={remove.isPending}>
                      {t('agenda.remove', { itemNo: item.itemNo })}
                    </Button>
                  </div>
                </Card>
              </li>
            ))}
          </ol>
        )}
      </section>

      <QueryState query={candidates}>
        {({ toDecide, toReport }) => (
          <>
            <Candidates
              id="to-decide"
              title={t('agenda.toDecide')}
              empty={t('agenda.noneToDecide')}
              cases={toDecide}
              describe={(c) =>
                [
                  t('agenda.caseNumber', { caseNumber: c.caseNumber }),
                  c.recommendation ? t(`agenda.recommendation.${c.recommendation}`) : '',
                  c.amountSek !== null ? t('agenda.amount', { amount: formatSek(c.amountSek, i18n.language) }) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')
              }
              action={(c) => t('agenda.add', { caseNumber: c.caseNumber })}
              pending={add.isPending}
              onAdd={(c) => addCase(c, 'decision')}
            />
            <Candidates
              id="to-report"
              title={t('agenda.toReport')}
              empty={t('agenda.noneToReport')}
              cases={toReport}
              describe={(c) =>
                [
                  t('agenda.caseNumber', { caseNumber: c.caseNumber }),
                  c.decision ? t(`agenda.decided.${c.decision}`) : '',
                  c.decidedOn ? t('agenda.decidedOn', { date: formatDate(c.decidedOn, i18n.language) }) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')
              }
              action={(c) => t('agenda.report', { caseNumber: c.caseNumber })}
              pending={add.isPending}
              onAdd={(c) => addCase(c, 'reported_delegated_decision')}
            />
          </>
        )}
      </QueryState>
    </>
  );
}

function Candidates(props: {
  id: string;
  title: string;
  empty: string;
  cases: AgendaCandidate[];
  describe: (c: AgendaCandidate) => string;
  action: (c: AgendaCandidate) => string;
  pending: boolean;
  onAdd: (c: AgendaCandidate) => void;
}) {
  return (
    <section aria-labelledby={props.id} className="stack" data-testid={props.id}>
      <Heading level={2} data-size="sm" id={props.id}>
        {props.title}
      </Heading>
      {props.cases.length === 0 ? (
        <Paragraph>{props.empty}</Paragraph>
      ) : (
        <ul className="plain-list stack">
          {props.cases.map((c) => (
            <li key={c.applicationId}>
              <Card className="stack plan-meeting">
                <Heading level={3} data-size="xs">
                  <Link to={`/cases/${c.applicationId}`}>{c.title}</Link>
                </Heading>
                <Paragraph>{props.describe(c)}</Paragraph>
                <div className="actions">
                  <Button variant="secondary" onClick={() => props.onAdd(c)} disabled={props.pending}>
                    {props.action(c)}
                  </Button>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
