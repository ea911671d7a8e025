import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { FormErrorSummary } from '../../../components/error-summary';
import { fieldErrorsOf } from '../../../components/field-errors';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { formatDate } from '../../../lib/format';
import { useGetCaseTimeline } from '../api/case-timeline';
import { NS } from '../i18n';
import { AS_OF_FIELD_ID, AsOfForm } from './as-of-form';
import { CaseExports } from './case-exports';
import { TimelineItem } from './timeline-item';

/**
 * The case's timeline for the auditor and anyone who may read the case: every fact from the log, and
 * with `?asOf=` the case as it stood at the end of that day. The API decides what had happened by then.
 */
export function CaseTimelinePage() {
  const { applicationId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf');
  const { t, i18n } = useTranslation(NS);
  const timeline = useGetCaseTimeline(applicationId, asOf);
  // The previous day's data keeps the heading while another day loads; the list waits for its own.
  const query = {
    ...timeline,
    data: timeline.isPlaceholderData ? undefined : timeline.data,
    isPending: timeline.isPending || timeline.isPlaceholderData,
  };
  const fieldErrors = fieldErrorsOf(timeline.error);
  const choose = (date: string | null) => setParams(date ? { asOf: date } : {});
  return (
    <>
      <PageHeading>{t('title', { caseNumber: timeline.data?.caseNumber ?? '…' })}</PageHeading>
      <Paragraph>{t('intro')}</Paragraph>
      <AsOfForm key={asOf ?? ''} initial={asOf ?? ''} onChoose={choose} error={fieldErrors[0]} />
      {fieldErrors.length > 0 ? (
        <FormErrorSummary errors={fieldErrors} labelOf={() => t('asOf')} idOf={() => AS_OF_FIELD_ID} />
      ) : (
        <QueryState query={query}>
          {(data) => (
            <>
              <Paragraph role="status" data-testid="as-of-status">
                {asOf
                  ? t('showingAsOf', { date: formatDate(`${asOf}T12:00:00Z`, i18n.language), count: data.entries.length })
                  : t('showingToday', { count: data.entries.length })}
              </Paragraph>
              <section aria-labelledby="timeline-entries">
                <Heading level={2} data-size="sm" id="timeline-entries">
                  {t('entries')} – {data.title}
                </Heading>
                <ol className="timeline stack" data-testid="timeline">
                  {data.entries.map((entry) => (
                    <TimelineItem key={entry.position} entry={entry} />
                  ))}
                </ol>
              </section>
              <CaseExports applicationId={applicationId} timeline={data} />
            </>
          )}
        </QueryState>
      )}
    </>
  );
}
