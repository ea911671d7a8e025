import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { useDraft } from '../../../lib/drafts';
import { useSubmitApplication } from '../api/submit-application';
import { ApplicationForm } from './application-form';
import { bodyFromForm, emptyForm } from './form-values';

/** A member's new application; what is typed is kept as a draft until it is sent. */
export function NewApplicationPage({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues, clearDraft] = useDraft(`new-application.${userId}`, emptyForm);
  const submit = useSubmitApplication();
  const onSubmit = () =>
    submit.mutate(bodyFromForm(values), {
      onSuccess: (result) => {
        clearDraft();
        void navigate(`/cases/${result.applicationId}?minPosition=${result.position}&submitted=1`);
      },
    });
  return (
    <>
      <PageHeading>{t('submit.title')}</PageHeading>
      <Paragraph>{t('submit.intro')}</Paragraph>
      <ApplicationForm
        values={values}
        onChange={setValues}
        onSubmit={onSubmit}
        submitting={submit.isPending}
        error={submit.error}
        submitLabel={t('submit.send')}
      />
    </>
  );
}
