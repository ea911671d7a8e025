import { Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/select-field';
import type { ProviderView } from '../../../lib/api/views';
import { useAssessProviderCriteria, type AssessCriteriaBody } from '../api/registers';
import { RegisterForm, useRegisterField } from './register-form';

/** The four ASF criteria in the order seed 001 lists them (the API's ASF_CRITERIA). */
export const CRITERIA = ['business_activity', 'participation', 'profits_reinvested', 'independent_of_public_sector'] as const;
type Criterion = (typeof CRITERIA)[number];
type Answers = Record<Criterion, { met: '' | 'yes' | 'no'; note: string }>;

const emptyAnswers = (): Answers => Object.fromEntries(CRITERIA.map((c) => [c, { met: '', note: '' }])) as Answers;

/**
 * The director's check of the four criteria: each met or not with what was seen, the day it was
 * checked and the source. An unanswered criterion is sent unanswered; the API names it.
 */
export function AssessmentForm({ providers }: { providers: ProviderView[] }) {
  const { t } = useTranslation();
  const assess = useAssessProviderCriteria();
  // Always a provider chosen (the form is shown only when there is one): the number is part of the path.
  const [chosen, setOrgNo] = useState('');
  const orgNo = chosen || (providers[0]?.organisationNumber ?? '');
  const [answers, setAnswers] = useState<Answers>(emptyAnswers);
  const [assessedOn, setAssessedOn] = useState('');
  const [source, setSource] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const f = useRegisterField('assessment', assess.error);
  const setAnswer = (c: Criterion, patch: Partial<Answers[Criterion]>) => setAnswers({ ...answers, [c]: { ...answers[c], ...patch } });
  const onSubmit = () => {
    setDone(null);
    const criteria = Object.fromEntries(
      CRITERIA.map((c) => [c, { met: answers[c].met === '' ? undefined : answers[c].met === 'yes', note: answers[c].note }]),
    ) as unknown as AssessCriteriaBody['criteria'];
    const name = providers.find((p) => p.organisationNumber === orgNo)?.name ?? orgNo;
    assess.mutate(
      { organisationNumber: orgNo, body: { criteria, assessedOn, source } },
      {
        onSuccess: () => {
          setDone(t('registers.assessment.done', { name }));
          setAnswers(emptyAnswers());
          setSource('');
        },
      },
    );
  };
  return (
    <RegisterForm
      id="assessment"
      title={t('registers.assessment.title')}
      submitLabel={t('registers.assessment.submit')}
      pending={assess.isPending}
      error={assess.error}
      done={done}
      onSubmit={onSubmit}
    >
      <SelectField
        id={f.id('organisationNumber')}
        label={t('registers.assessment.provider')}
        value={orgNo}
        onChange={setOrgNo}
        error={f.error('organisationNumber')}
      >
        {providers.map((p) => (
          <option key={p.organisationNumber} value={p.organisationNumber}>
            {p.name} ({p.organisationNumber})
          </option>
        ))}
      </SelectField>
      {CRITERIA.map((c) => (
        <Fieldset key={c} id={f.id(`criteria.${c}.met`)}>
          <Fieldset.Legend>{t(`registers.criteria.${c}`)}</Fieldset.Legend>
          <Fieldset.Description>{t(`registers.criteriaText.${c}`)}</Fieldset.Description>
          {(['yes', 'no'] as const).map((x) => (
            <Radio
              key={x}
              name={`criterion-${c}`}
              value={x}
              label={t(`registers.met.${x}`)}
              checked={answers[c].met === x}
              onChange={() => setAnswer(c, { met: x })}
              error={x === 'no' ? f.error(`criteria.${c}.met`) : undefined}
            />
          ))}
          <Textfield
            id={f.id(`criteria.${c}.note`)}
            label={t('registers.assessment.note')}
            value={answers[c].note}
            onChange={(e) => setAnswer(c, { note: e.target.value })}
            error={f.error(`criteria.${c}.note`)}
          />
        </Fieldset>
      ))}
      <div className="two-columns">
        <Textfield
          id={f.id('assessedOn')}
          label={f.label('assessedOn')}
          description={t('common.dateHint')}
          value={assessedOn}
          onChange={(e) => setAssessedOn(e.target.value)}
          error={f.error('assessedOn')}
        />
        <Textfield
          id={f.id('source')}
          label={f.label('source')}
          description={t('registers.assessment.sourceHint')}
          value={source}
          onChange={(e) => setSource(e.target.value)}
          error={f.error('source')}
        />
      </div>
    </RegisterForm>
  );
}
