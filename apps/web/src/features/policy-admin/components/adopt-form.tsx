import { Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandForm, useCommandField } from '../../../components/command-form';
import { useAdoptPolicyRevision } from '../api/policy-admin';
import { NS } from '../i18n';
import { useFieldLabel } from './labels';

/** Recording the board's adoption of a draft: the day of the decision, the meeting and when it takes effect. */
export function AdoptForm({ revision, onAdopted }: { revision: number; onAdopted: (message: string) => void }) {
  const { t } = useTranslation(NS);
  const { t: common } = useTranslation();
  const adopt = useAdoptPolicyRevision();
  const [v, setV] = useState({ adoptedOn: '', meeting: '', effectiveFrom: '', note: '' });
  const labelOf = useFieldLabel();
  const formId = `adopt-${revision}`;
  const f = useCommandField(formId, adopt.error, labelOf);
  const onSubmit = () => {
    // The draft leaves the list once adopted, and this form with it, before a mutate callback could
    // run here: the page, which stays, says it was done. A refusal shows in the form (adopt.error).
    adopt
      .mutateAsync({
        revision,
        body: {
          adoptedOn: v.adoptedOn,
          meeting: { label: v.meeting },
          effectiveFrom: v.effectiveFrom,
          ...(v.note.trim() ? { note: v.note } : {}),
        },
      })
      .then(
        () => onAdopted(t('adopt.done', { revision })),
        () => undefined,
      );
  };
  return (
    <CommandForm
      id={formId}
      title={t('adopt.title', { revision })}
      submitLabel={t('adopt.submit')}
      pending={adopt.isPending}
      error={adopt.error}
      done={null}
      labelOf={labelOf}
      onSubmit={onSubmit}
    >
      <div className="two-columns">
        <Textfield
          {...f.field('adoptedOn')}
          description={common('common.dateHint')}
          value={v.adoptedOn}
          onChange={(e) => setV({ ...v, adoptedOn: e.target.value })}
        />
        <Textfield
          {...f.field('effectiveFrom')}
          description={common('common.dateHint')}
          value={v.effectiveFrom}
          onChange={(e) => setV({ ...v, effectiveFrom: e.target.value })}
        />
      </div>
      <Textfield {...f.field('meeting')} value={v.meeting} onChange={(e) => setV({ ...v, meeting: e.target.value })} />
      <Textfield {...f.field('note')} value={v.note} onChange={(e) => setV({ ...v, note: e.target.value })} />
    </CommandForm>
  );
}
