import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandForm, useCommandField } from '../../../components/command-form';
import { SelectField } from '../../../components/select-field';
import { useEndBoardMembership, type Appointment } from '../api/board-composition';
import { NS } from '../i18n';
import { useFieldLabel } from './labels';

/** Ending a membership before its term (entledigande, avsägelse); the date must fall within the term, as the API checks. */
export function EndMembershipForm({ appointments }: { appointments: Appointment[] }) {
  const { t } = useTranslation(NS);
  const { t: common } = useTranslation();
  const end = useEndBoardMembership();
  const open = appointments.filter((a) => a.ended === null);
  const [appointmentId, setAppointmentId] = useState('');
  const [endedOn, setEndedOn] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const labelOf = useFieldLabel();
  const f = useCommandField('end', end.error, labelOf);
  const onSubmit = () => {
    setDone(null);
    end.mutate(
      { appointmentId: appointmentId || '-', endedOn, reason },
      {
        onSuccess: () => {
          setDone(t('end.done'));
          setAppointmentId('');
          setEndedOn('');
          setReason('');
        },
      },
    );
  };
  return (
    <CommandForm
      id="end"
      title={t('end.title')}
      submitLabel={t('end.submit')}
      pending={end.isPending}
      error={end.error}
      done={done}
      labelOf={labelOf}
      onSubmit={onSubmit}
    >
      {open.length === 0 ? <Paragraph>{t('end.none')}</Paragraph> : null}
      <SelectField
        id={f.id('appointmentId')}
        label={t('end.appointment')}
        value={appointmentId}
        onChange={setAppointmentId}
        error={f.error('appointmentId')}
      >
        <option value="">{common('form.choose')}</option>
        {open.map((a) => (
          <option key={a.appointmentId} value={a.appointmentId}>
            {t('end.option', { name: a.name, position: t(`positions.${a.position}`), from: a.termFrom, to: a.termTo })}
          </option>
        ))}
      </SelectField>
      <Textfield
        id={f.id('endedOn')}
        label={f.label('endedOn')}
        description={common('common.dateHint')}
        value={endedOn}
        onChange={(e) => setEndedOn(e.target.value)}
        error={f.error('endedOn')}
      />
      <Textfield
        id={f.id('reason')}
        label={f.label('reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={f.error('reason')}
      />
    </CommandForm>
  );
}
