import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../../components/field-errors';
import type { FieldError } from '../../../lib/api/problem';
import { NS } from '../i18n';

export const AS_OF_FIELD_ID = 'timeline-as-of';

/** The date picker: the chosen day goes to the API as it is; a wrong date comes back as its 400. */
export function AsOfForm({
  initial,
  onChoose,
  error,
}: {
  initial: string;
  onChoose: (date: string | null) => void;
  error?: FieldError | undefined;
}) {
  const { t } = useTranslation(NS);
  const { t: common } = useTranslation();
  const [date, setDate] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChoose(date.trim() === '' ? null : date.trim());
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="as-of-legend">
      <Fieldset>
        <Fieldset.Legend id="as-of-legend">{t('asOfLegend')}</Fieldset.Legend>
        <div className="inline-form">
          <Textfield
            id={AS_OF_FIELD_ID}
            label={t('asOf')}
            description={t('asOfHint')}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={error ? fieldMessage(common, error) : undefined}
          />
          <Button type="submit">{t('show')}</Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setDate('');
              onChoose(null);
            }}
          >
            {t('today')}
          </Button>
        </div>
      </Fieldset>
    </form>
  );
}
