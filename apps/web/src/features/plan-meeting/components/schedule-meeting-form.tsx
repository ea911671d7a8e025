import { Button, Card, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormErrorSummary } from '../../../components/error-summary';
import { fieldErrorsOf, fieldMessage } from '../../../components/field-errors';
import { ProblemAlert } from '../../../components/problem-alert';
import { useScheduleBoardMeeting } from '../api/plan-meeting';
import { NS } from '../i18n';

type Field = 'label' | 'date' | 'time' | 'location';
const idOf = (field: string) => `schedule-${field}`;

/** Utlysning: nothing is checked here; the API's 400 names each wrong field, and the new meeting's agenda opens. */
export function ScheduleMeetingForm() {
  const { t } = useTranslation(NS);
  const { t: common } = useTranslation();
  const navigate = useNavigate();
  const schedule = useScheduleBoardMeeting();
  const [values, setValues] = useState<Record<Field, string>>({ label: '', date: '', time: '', location: '' });
  const errors = fieldErrorsOf(schedule.error);
  const errorOf = (field: Field) => {
    const e = errors.find((x) => x.field === field);
    return e ? fieldMessage(common, e) : undefined;
  };
  const labelOf = (field: string) => t(`schedule.${field}`, { defaultValue: field });
  const optional = (v: string) => (v.trim() === '' ? null : v);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    schedule.mutate(
      { label: values.label, date: values.date, time: optional(values.time), location: optional(values.location) },
      { onSuccess: ({ meetingId }) => void navigate(`/planning/${meetingId}`) },
    );
  };
  const field = (name: Field, description?: string) => (
    <Textfield
      id={idOf(name)}
      label={labelOf(name)}
      description={description}
      value={values[name]}
      onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
      error={errorOf(name)}
    />
  );
  return (
    <Card>
      <form onSubmit={submit} noValidate className="stack" aria-labelledby="schedule-heading">
        <Heading level={2} data-size="sm" id="schedule-heading">
          {t('schedule.title')}
        </Heading>
        <FormErrorSummary errors={errors} labelOf={labelOf} idOf={idOf} />
        {errors.length === 0 ? <ProblemAlert error={schedule.error} /> : null}
        {field('label', t('schedule.labelHint'))}
        {field('date', common('common.dateHint'))}
        {field('time', t('schedule.timeHint'))}
        {field('location', t('schedule.locationHint'))}
        <div className="actions">
          <Button type="submit" disabled={schedule.isPending}>
            {t('schedule.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
