import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { CaseDetail } from '../../../lib/api/views';
import { useDraft } from '../../../lib/drafts';
import { formatDate } from '../../../lib/format';
import { useReviseApplication } from '../api/submit-application';
import { ApplicationForm } from './application-form';
import { bodyFromForm, formFromContent, type FormValues } from './form-values';

/** Answering a supplement request: the director's question on top, the application below to revise. */
export function ReviseApplicationPage({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['application', applicationId],
    queryFn: async () =>
      unwrap(await api.GET('/api/applications/{applicationId}', { params: { path: { applicationId } } })) as unknown as CaseDetail,
  });
  return (
    <>
      <PageHeading>{t('revise.title')}</PageHeading>
      <QueryState query={query}>{(detail) => <ReviseForm detail={detail} />}</QueryState>
    </>
  );
}

function ReviseForm({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues, clearDraft] = useDraft<FormValues>(`revise.${detail.applicationId}.${detail.revision}`, () =>
    formFromContent(detail.content),
  );
  const revise = useReviseApplication(detail.applicationId);
  const open = detail.supplements.filter((s) => s.answeredByRevision === null);
  const onSubmit = () =>
    revise.mutate(bodyFromForm(values), {
      onSuccess: (result) => {
        clearDraft();
        void navigate(`/cases/${detail.applicationId}?minPosition=${result.position}&revised=1`);
      },
    });
  return (
    <>
      <Paragraph>
        {detail.caseNumber} · {detail.title}
      </Paragraph>
      {open.map((s) => (
        <Alert key={s.requestId} data-color="warning">
          <Heading level={2} data-size="xs">
            {t('revise.question', { date: formatDate(s.dueDate, i18n.language) })}
          </Heading>
          <Paragraph className="pre-wrap">{s.question}</Paragraph>
        </Alert>
      ))}
      <ApplicationForm
        values={values}
        onChange={setValues}
        onSubmit={onSubmit}
        submitting={revise.isPending}
        error={revise.error}
        submitLabel={t('revise.send')}
      />
    </>
  );
}
