import { Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandForm, useCommandField } from '../../../components/command-form';
import { useRetirePolicy } from '../api/policy-admin';
import { NS } from '../i18n';
import { useFieldLabel } from './labels';

/** Recording the board's decision that the policy as a whole ceases to apply. */
export function RetireForm() {
  const { t } = useTranslation(NS);
  const { t: common } = useTranslation();
  const retire = useRetirePolicy();
  const [v, setV] = useState({ retiredOn: '', reason: '', meeting: '' });
  const [done, setDone] = useState<string | null>(null);
  const labelOf = useFieldLabel();
  const f = useCommandField('retire', retire.error, labelOf);
  const onSubmit = () => {
    setDone(null);
    retire.mutate(
      { retiredOn: v.retiredOn, reason: v.reason, ...(v.meeting.trim() ? { meeting: { label: v.meeting } } : {}) },
      { onSuccess: () => setDone(t('retire.done')) },
    );
  };
  return (
    <CommandForm
      id="retire"
      title={t('retire.title')}
      submitLabel={t('retire.submit')}
      pending={retire.isPending}
      error={retire.error}
      done={done}
      labelOf={labelOf}
      onSubmit={onSubmit}
    >
      <Textfield
        {...f.field('retiredOn')}
        description={common('common.dateHint')}
        value={v.retiredOn}
        onChange={(e) => setV({ ...v, retiredOn: e.target.value })}
      />
      <Textfield {...f.field('reason')} value={v.reason} onChange={(e) => setV({ ...v, reason: e.target.value })} />
      <Textfield {...f.field('meeting')} value={v.meeting} onChange={(e) => setV({ ...v, meeting: e.target.value })} />
    </CommandForm>
  );
}
