import { Button, Card, Checkbox, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import type { CaseDetail } from '../../../lib/api/views';
import { useDraft } from '../../../lib/drafts';
import { useDecideUnderDelegation, useRecommend, useRequestSupplement, useTakeCase } from '../api/prepare-case';
import { CommandForm, useFieldError } from './command-form';
import { TermsFields, emptyTerms, termsBody, type TermsValues } from './terms-fields';

/**
 * The director's preparation of a case. Which commands are offered follows the case's status only
 * to keep the page short; whether a command is allowed is the API's answer, shown as it comes.
 * What is typed is kept as a draft per case (lib/drafts), so a reload or an expired session loses
 * nothing; a command the API accepted clears it.
 */
export function PreparationPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const preparing = detail.status === 'in_preparation' || detail.status === 'awaiting_supplement';
  return (
    <section aria-labelledby="prepare-heading" className="stack">
      <Heading level={2} data-size="sm" id="prepare-heading" tabIndex={-1}>
        {t('prepare.title')}
      </Heading>
      {detail.status === 'submitted' ? <TakeCase id={detail.applicationId} /> : null}
      {preparing ? (
        <>
          <RequestSupplement id={detail.applicationId} />
          <Recommend detail={detail} />
          <DecideUnderDelegation detail={detail} />
        </>
      ) : null}
      {detail.status !== 'submitted' && !preparing ? <Paragraph>{t('prepare.nothingToDo')}</Paragraph> : null}
    </section>
  );
}

function TakeCase({ id }: { id: string }) {
  const { t } = useTranslation();
  const take = useTakeCase(id);
  return (
    <Card>
      <Paragraph>{t('prepare.takeIntro')}</Paragraph>
      <ProblemAlert error={take.error} />
      <Button onClick={() => take.mutate({})} disabled={take.isPending}>
        {t('prepare.take')}
      </Button>
    </Card>
  );
}

function RequestSupplement({ id }: { id: string }) {
  const { t } = useTranslation();
  const request = useRequestSupplement(id);
  const [draft, setDraft, clearDraft] = useDraft(`prepare.supplement.${id}`, () => ({ question: '', dueDate: '' }));
  const { question, dueDate } = draft;
  const f = useFieldError('supplement', request.error);
  return (
    <CommandForm
      id="supplement"
      title={t('prepare.supplementTitle')}
      submitLabel={t('prepare.supplementSend')}
      pending={request.isPending}
      error={request.error}
      onSubmit={() =>
        request.mutate(
          { question, dueDate },
          {
            onSuccess: () => {
              setDraft({ question: '', dueDate: '' });
              clearDraft();
            },
          },
        )
      }
    >
      <Textfield
        id={f.id('question')}
        label={t('prepare.fields.question')}
        multiline
        rows={4}
        value={question}
        onChange={(e) => setDraft({ ...draft, question: e.target.value })}
        error={f.error('question')}
      />
      <Textfield
        id={f.id('dueDate')}
        label={t('prepare.fields.dueDate')}
        description={t('common.dateHint')}
        value={dueDate}
        onChange={(e) => setDraft({ ...draft, dueDate: e.target.value })}
        error={f.error('dueDate')}
      />
    </CommandForm>
  );
}

function Recommend({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const recommend = useRecommend(detail.applicationId);
  const [draft, setDraft, clearDraft] = useDraft(`prepare.recommend.${detail.applicationId}`, () => ({
    choice: 'approve' as 'approve' | 'reject',
    motivation: '',
    overriding: false,
    overrideMotivation: '',
    terms: emptyTerms(detail),
  }));
  const { choice, motivation, overriding, overrideMotivation, terms } = draft;
  const set = (patch: Partial<typeof draft>) => setDraft({ ...draft, ...patch });
  const f = useFieldError('recommend', recommend.error);
  const blocking = detail.screenings.at(-1)?.blocking === true;
  const send = () =>
    recommend.mutate(
      {
        recommendation: choice,
        motivation,
        ...(choice === 'approve' ? { terms: termsBody(terms) } : {}),
        ...(overriding ? { override: { motivation: overrideMotivation } } : {}),
      } as never,
      { onSuccess: clearDraft },
    );
  return (
    <CommandForm
      id="recommend"
      title={t('prepare.recommendTitle')}
      submitLabel={t('prepare.recommendSend')}
      pending={recommend.isPending}
      error={recommend.error}
      onSubmit={send}
    >
      <Fieldset>
        <Fieldset.Legend>{t('prepare.fields.recommendation')}</Fieldset.Legend>
        {(['approve', 'reject'] as const).map((c) => (
          <Radio
            key={c}
            name="recommendation"
            value={c}
            label={t(`recommend.${c}`)}
            checked={choice === c}
            onChange={() => set({ choice: c })}
          />
        ))}
      </Fieldset>
      <Textfield
        id={f.id('motivation')}
        label={t('prepare.fields.motivation')}
        multiline
        rows={5}
        value={motivation}
        onChange={(e) => set({ motivation: e.target.value })}
        error={f.error('motivation')}
      />
      {choice === 'approve' ? (
        <TermsFields formId="recommend" values={terms} onChange={(next: TermsValues) => set({ terms: next })} error={recommend.error} />
      ) : null}
      {blocking ? (
        <>
          <Checkbox
            label={t('prepare.override')}
            description={t('prepare.overrideHint')}
            checked={overriding}
            onChange={(e) => set({ overriding: e.target.checked })}
          />
          {overriding ? (
            <Textfield
              id={f.id('override.motivation')}
              label={t('prepare.fields.override.motivation')}
              multiline
              rows={4}
              value={overrideMotivation}
              onChange={(e) => set({ overrideMotivation: e.target.value })}
              error={f.error('override.motivation')}
            />
          ) : null}
        </>
      ) : null}
    </CommandForm>
  );
}

function DecideUnderDelegation({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const decide = useDecideUnderDelegation(detail.applicationId);
  const [draft, setDraft, clearDraft] = useDraft(`prepare.delegated.${detail.applicationId}`, () => ({
    decision: 'approved' as 'approved' | 'rejected',
    motivation: '',
    terms: emptyTerms(detail),
  }));
  const { decision, motivation, terms } = draft;
  const set = (patch: Partial<typeof draft>) => setDraft({ ...draft, ...patch });
  const f = useFieldError('delegated', decide.error);
  const send = () =>
    decide.mutate({ decision, motivation, ...(decision === 'approved' ? { terms: termsBody(terms) } : {}) } as never, {
      onSuccess: clearDraft,
    });
  return (
    <CommandForm
      id="delegated"
      title={t('prepare.delegatedTitle')}
      submitLabel={t('prepare.delegatedSend')}
      pending={decide.isPending}
      error={decide.error}
      onSubmit={send}
    >
      <Paragraph data-size="sm">{t('prepare.delegatedHint', { threshold: detail.delegationThresholdSek ?? '—' })}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('prepare.fields.decision')}</Fieldset.Legend>
        {(['approved', 'rejected'] as const).map((c) => (
          <Radio
            key={c}
            name="delegated-decision"
            value={c}
            label={t(`case.outcome.${c}`)}
            checked={decision === c}
            onChange={() => set({ decision: c })}
          />
        ))}
      </Fieldset>
      <Textfield
        id={f.id('motivation')}
        label={t('prepare.fields.motivation')}
        multiline
        rows={4}
        value={motivation}
        onChange={(e) => set({ motivation: e.target.value })}
        error={f.error('motivation')}
      />
      {decision === 'approved' ? (
        <TermsFields formId="delegated" values={terms} onChange={(next: TermsValues) => set({ terms: next })} error={decide.error} />
      ) : null}
    </CommandForm>
  );
}
