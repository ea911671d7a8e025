import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { StatusTag } from '../../../components/status-tag';
import type { CaseDetail } from '../../../lib/api/views';
import { formatDate, formatSek } from '../../../lib/format';
import { useGetApplication } from '../api/get-application';
import { DecisionLetter } from './decision-letter';
import { Findings } from './findings';
import { FollowUp } from './follow-up';
import { RevisionsCompare } from './revisions-compare';
import { Timeline } from './timeline';

/**
 * The case page. Everyone sees status, application, decisions and timeline; `staffTools` (the
 * director's preparation) and `checklist` (the provider's ASF criteria) are composed in by the app
 * for the roles that have them.
 */
export function CaseOverview({
  applicationId,
  applicant,
  staffTools,
  checklist,
}: {
  applicationId: string;
  applicant: boolean;
  staffTools?: (detail: CaseDetail) => ReactNode;
  /** The provider's ASF criteria, for the roles that may read (and the director assess) them. */
  checklist?: (detail: CaseDetail) => ReactNode;
}) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const query = useGetApplication(applicationId, params.get('minPosition'));
  return (
    <QueryState query={query}>
      {(detail) => (
        <>
          <PageHeading>{t('case.title', { caseNumber: detail.caseNumber, title: detail.title })}</PageHeading>
          {params.get('submitted') === '1' ? (
            <Confirmation text={t('case.submittedConfirmation', { caseNumber: detail.caseNumber })} />
          ) : null}
          {params.get('revised') === '1' ? <Confirmation text={t('case.revisedConfirmation')} /> : null}
          <Summary detail={detail} applicant={applicant} />
          <DecisionLetter detail={detail} />
          <FollowUp detail={detail} />
          {staffTools ? staffTools(detail) : null}
          <Supplements detail={detail} />
          <Recommendations detail={detail} />
          <RevisionsCompare revisions={detail.revisions} />
          <Findings screening={detail.screenings.at(-1)} />
          {checklist ? checklist(detail) : null}
          <Timeline history={detail.history} />
        </>
      )}
    </QueryState>
  );
}

function Confirmation({ text }: { text: string }) {
  return (
    <Alert data-color="success" role="status">
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}

function Summary({ detail, applicant }: { detail: CaseDetail; applicant: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Card>
      <dl className="facts">
        <dt>{t('applications.status')}</dt>
        <dd>
          <StatusTag status={detail.status} />
        </dd>
        <dt>{t('applications.caseNumber')}</dt>
        <dd>{detail.caseNumber}</dd>
        <dt>{t('applications.submitted')}</dt>
        <dd>{formatDate(detail.submittedAt, i18n.language)}</dd>
        <dt>{t('case.budgetTotal')}</dt>
        <dd>{formatSek(detail.budgetTotalSek, i18n.language)}</dd>
        {applicant ? (
          <>
            <dt>{t('applications.expected')}</dt>
            <dd>{t(`expected.${detail.status}`)}</dd>
          </>
        ) : null}
      </dl>
      {applicant && detail.status === 'awaiting_supplement' ? (
        <Button asChild>
          <Link to={`/cases/${detail.applicationId}/revise`}>{t('case.answerSupplement')}</Link>
        </Button>
      ) : null}
    </Card>
  );
}

function Supplements({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  if (detail.supplements.length === 0) return null;
  return (
    <section aria-labelledby="supplements-heading" className="stack">
      <Heading level={2} data-size="sm" id="supplements-heading">
        {t('case.supplements')}
      </Heading>
      <ul className="plain-list">
        {detail.supplements.map((s) => (
          <li key={s.requestId}>
            <Card>
              <Paragraph className="pre-wrap">{s.question}</Paragraph>
              <Paragraph data-size="sm">
                {t('case.supplementDue', { date: formatDate(s.dueDate, i18n.language) })} ·{' '}
                {s.answeredByRevision === null
                  ? t('case.supplementOpen')
                  : t('case.supplementAnswered', { revision: s.answeredByRevision })}
              </Paragraph>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Recommendations({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  if (detail.recommendations.length === 0) return null;
  return (
    <section aria-labelledby="recommendations-heading" className="stack">
      <Heading level={2} data-size="sm" id="recommendations-heading">
        {t('case.recommendations')}
      </Heading>
      {detail.recommendations.map((r) => (
        <Card key={r.seq}>
          <Heading level={3} data-size="2xs">
            {t(`recommend.${r.recommendation}`)} · {formatDate(r.at, i18n.language)}
          </Heading>
          <Paragraph className="pre-wrap">{r.motivation}</Paragraph>
          {r.terms ? <Paragraph>{t('case.amount', { amount: formatSek(r.terms.amountSek, i18n.language) })}</Paragraph> : null}
          {r.override ? (
            <Paragraph className="pre-wrap">
              {t('case.override', { rules: r.override.ruleIds.join(', '), motivation: r.override.motivation })}
            </Paragraph>
          ) : null}
        </Card>
      ))}
    </section>
  );
}
