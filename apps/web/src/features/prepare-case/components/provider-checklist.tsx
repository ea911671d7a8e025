import { Card, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import type { CaseDetail } from '../../../lib/api/views';
import { useDraft } from '../../../lib/drafts';
import { formatDate } from '../../../lib/format';
import { localised } from '../../../lib/i18n';
import { useAssessFromCase, useGetProviderChecklist, type AssessCriteriaBody, type CriteriaChecklist } from '../api/provider-checklist';
import { CommandForm, useFieldError } from './command-form';

type Checklist = NonNullable<CriteriaChecklist>;
type Criterion = Checklist['items'][number]['criterion'];
interface Values {
  answers: Partial<Record<Criterion, { met: '' | 'yes' | 'no'; note: string }>>;
  assessedOn: string;
  source: string;
}

/**
 * The four ASF criteria of the case's provider, as the API's checklist states them (seed 001's
 * words, the latest assessment with its date, source and policy versions). The director assesses
 * them here with the same command as on /registers, naming this case; everyone else who may read
 * the checklist sees it read-only. Whether an answer is acceptable is the API's 400/422.
 */
export function ProviderChecklist({ detail, editable }: { detail: CaseDetail; editable: boolean }) {
  const { t } = useTranslation();
  const query = useGetProviderChecklist(detail.applicationId);
  const stated = detail.content.provider;
  return (
    <section aria-labelledby="asf-heading" className="stack" id="asf-kriterier">
      <Heading level={2} data-size="sm" id="asf-heading" tabIndex={-1}>
        {t('case.asf.title')}
      </Heading>
      <Paragraph>{t('case.asf.stated', { provider: stated.name, answer: stated.isAsf ? t('common.yes') : t('common.no') })}</Paragraph>
      <QueryState query={query}>
        {(view) =>
          !view.applicable ? (
            <Paragraph>{t('checklist.notApplicable')}</Paragraph>
          ) : view.checklist === null ? (
            <Paragraph>{t('checklist.notRegistered', { name: view.provider.name })}</Paragraph>
          ) : (
            <>
              <Latest checklist={view.checklist} />
              {editable ? <AssessForm applicationId={detail.applicationId} checklist={view.checklist} /> : null}
            </>
          )
        }
      </QueryState>
    </section>
  );
}

/** The assessment as it stands: each criterion met or not, with what was seen. */
function Latest({ checklist }: { checklist: Checklist }) {
  const { t, i18n } = useTranslation();
  const policies = checklist.policies.map((p) => `${p.title} (${t('checklist.version', { revision: p.revision })})`).join(', ');
  return (
    <Card>
      <Paragraph>
        {checklist.assessedOn === null
          ? t('checklist.notAssessed', { name: checklist.name })
          : t('checklist.latest', {
              name: checklist.name,
              date: formatDate(checklist.assessedOn, i18n.language),
              source: checklist.source ?? '',
              policies: policies || t('checklist.noPolicy'),
            })}
      </Paragraph>
      <dl className="facts">
        {checklist.items.map((item) => (
          <Fragment key={item.criterion}>
            <dt>{t(`registers.criteria.${item.criterion}`)}</dt>
            <dd>
              {item.answer === null ? t('registers.notAssessed') : t(`registers.met.${item.answer.met ? 'yes' : 'no'}`)}
              {item.answer?.note ? ` · ${item.answer.note}` : ''}
            </dd>
          </Fragment>
        ))}
      </dl>
    </Card>
  );
}

const answersOf = (checklist: Checklist): Values['answers'] =>
  Object.fromEntries(
    checklist.items.map((i) => [i.criterion, { met: i.answer === null ? '' : i.answer.met ? 'yes' : 'no', note: i.answer?.note ?? '' }]),
  );

/** The four answers, the day they were checked and the source; kept as a draft until sent. */
function AssessForm({ applicationId, checklist }: { applicationId: string; checklist: Checklist }) {
  const { t, i18n } = useTranslation();
  const assess = useAssessFromCase(applicationId);
  const f = useFieldError('checklist', assess.error);
  const [done, setDone] = useState(false);
  // The latest answers are the starting point: a reassessment usually changes one criterion.
  const [values, setValues, clearDraft] = useDraft<Values>(`checklist.${applicationId}.${checklist.organisationNumber}`, () => ({
    answers: answersOf(checklist),
    assessedOn: '',
    source: '',
  }));
  const answer = (c: Criterion) => values.answers[c] ?? { met: '' as const, note: '' };
  const setAnswer = (c: Criterion, patch: Partial<{ met: 'yes' | 'no'; note: string }>) => {
    setDone(false);
    setValues({ ...values, answers: { ...values.answers, [c]: { ...answer(c), ...patch } } });
  };
  const labelOf = (field: string) => t(`registers.fields.${field}`, { defaultValue: field });
  const onSubmit = () => {
    setDone(false);
    const criteria = Object.fromEntries(
      checklist.items.map(({ criterion: c }) => [
        c,
        { met: answer(c).met === '' ? undefined : answer(c).met === 'yes', note: answer(c).note },
      ]),
    ) as unknown as AssessCriteriaBody['criteria'];
    assess.mutate(
      {
        organisationNumber: checklist.organisationNumber,
        body: { criteria, assessedOn: values.assessedOn, source: values.source, applicationId },
      },
      {
        onSuccess: () => {
          clearDraft();
          setValues({ answers: values.answers, assessedOn: '', source: '' });
          setDone(true);
          // The button was disabled while sending: keep the keyboard user's place at the checklist.
          requestAnimationFrame(() => document.getElementById('asf-heading')?.focus());
        },
      },
    );
  };
  return (
    <>
      {done && !assess.error ? (
        <p role="status" className="muted">
          {t('checklist.done', { name: checklist.name })}
        </p>
      ) : null}
      <CommandForm
        id="checklist"
        title={t('checklist.formTitle', { name: checklist.name })}
        submitLabel={t('registers.assessment.submit')}
        pending={assess.isPending}
        error={assess.error}
        onSubmit={onSubmit}
        labelOf={labelOf}
      >
        <Paragraph data-size="sm">{t('checklist.formIntro')}</Paragraph>
        {checklist.items.map(({ criterion: c, text }) => (
          <Fieldset key={c} id={f.id(`criteria.${c}.met`)}>
            <Fieldset.Legend>{t(`registers.criteria.${c}`)}</Fieldset.Legend>
            <Fieldset.Description>{localised(text, i18n.language)}</Fieldset.Description>
            {(['yes', 'no'] as const).map((x) => (
              <Radio
                key={x}
                name={`checklist-${c}`}
                value={x}
                label={t(`registers.met.${x}`)}
                checked={answer(c).met === x}
                onChange={() => setAnswer(c, { met: x })}
                error={x === 'no' ? f.error(`criteria.${c}.met`) : undefined}
              />
            ))}
            <Textfield
              id={f.id(`criteria.${c}.note`)}
              label={t('registers.assessment.note')}
              value={answer(c).note}
              onChange={(e) => setAnswer(c, { note: e.target.value })}
              error={f.error(`criteria.${c}.note`)}
            />
          </Fieldset>
        ))}
        <div className="two-columns">
          <Textfield
            id={f.id('assessedOn')}
            label={labelOf('assessedOn')}
            description={t('common.dateHint')}
            value={values.assessedOn}
            onChange={(e) => setValues({ ...values, assessedOn: e.target.value })}
            error={f.error('assessedOn')}
          />
          <Textfield
            id={f.id('source')}
            label={labelOf('source')}
            description={t('registers.assessment.sourceHint')}
            value={values.source}
            onChange={(e) => setValues({ ...values, source: e.target.value })}
            error={f.error('source')}
          />
        </div>
      </CommandForm>
    </>
  );
}
