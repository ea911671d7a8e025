import { Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../lib/api/views';
import { useFieldError } from './command-form';

export interface TermsValues {
  amountSek: string;
  from: string;
  to: string;
  progressEveryMonths: string;
  conditions: string;
}

export const emptyTerms = (detail: CaseDetail): TermsValues => ({
  amountSek: String(detail.budgetTotalSek),
  from: detail.content.period.from,
  to: detail.content.period.to,
  progressEveryMonths: '6',
  conditions: '',
});

const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.replace(/\s/g, '')));

export const termsBody = (v: TermsValues) => ({
  amountSek: num(v.amountSek),
  period: { from: v.from, to: v.to },
  conditions: v.conditions
    .split('\n')
    .map((c) => c.trim())
    .filter((c) => c !== ''),
  progressEveryMonths: num(v.progressEveryMonths),
});

/** The terms of an approval: amount, period, follow-up interval and conditions (one a line). */
export function TermsFields({
  formId,
  values,
  onChange,
  error,
}: {
  formId: string;
  values: TermsValues;
  onChange: (v: TermsValues) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const f = useFieldError(formId, error);
  const set = (key: keyof TermsValues, value: string) => onChange({ ...values, [key]: value });
  return (
    <Fieldset>
      <Fieldset.Legend>{t('prepare.terms')}</Fieldset.Legend>
      <Textfield
        id={f.id('terms.amountSek')}
        label={t('prepare.fields.terms.amountSek')}
        inputMode="numeric"
        suffix="kr"
        value={values.amountSek}
        onChange={(e) => set('amountSek', e.target.value)}
        error={f.error('terms.amountSek')}
      />
      <div className="two-columns">
        <Textfield
          id={f.id('terms.period.from')}
          label={t('prepare.fields.terms.period.from')}
          description={t('common.dateHint')}
          value={values.from}
          onChange={(e) => set('from', e.target.value)}
          error={f.error('terms.period.from')}
        />
        <Textfield
          id={f.id('terms.period.to')}
          label={t('prepare.fields.terms.period.to')}
          description={t('common.dateHint')}
          value={values.to}
          onChange={(e) => set('to', e.target.value)}
          error={f.error('terms.period.to')}
        />
      </div>
      <Textfield
        id={f.id('terms.progressEveryMonths')}
        label={t('prepare.fields.terms.progressEveryMonths')}
        inputMode="numeric"
        value={values.progressEveryMonths}
        onChange={(e) => set('progressEveryMonths', e.target.value)}
        error={f.error('terms.progressEveryMonths')}
      />
      <Textfield
        id={f.id('terms.conditions')}
        label={t('prepare.fields.terms.conditions')}
        multiline
        rows={3}
        value={values.conditions}
        onChange={(e) => set('conditions', e.target.value)}
        error={f.error('terms.conditions')}
      />
    </Fieldset>
  );
}
