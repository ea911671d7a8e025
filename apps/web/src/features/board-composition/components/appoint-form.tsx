import { Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandForm, useCommandField } from '../../../components/command-form';
import { SelectField } from '../../../components/select-field';
import { useAppointBoardMember, useListMembers, type Appointment } from '../api/board-composition';
import { NS } from '../i18n';
import { useFieldLabel } from './labels';

const POSITIONS = ['chair', 'vice_chair', 'member', 'substitute'] as const;
const empty = { personId: '', position: '', member: '', substituteFor: '', termFrom: '', termTo: '' };

/**
 * Appointing a member, substitute, chair or vice chair. The appointing member comes from the register;
 * whether the seat is free, the substitute's member seated or the term sound is the API's to say.
 */
export function AppointForm({ appointments }: { appointments: Appointment[] }) {
  const { t } = useTranslation(NS);
  const { t: common } = useTranslation();
  const appoint = useAppointBoardMember();
  const members = useListMembers();
  const [v, setV] = useState(empty);
  const [done, setDone] = useState<string | null>(null);
  const labelOf = useFieldLabel();
  const f = useCommandField('appoint', appoint.error, labelOf);
  const seated = appointments.filter((a) => a.position !== 'substitute' && a.ended === null);
  const onSubmit = () => {
    setDone(null);
    const org = members.data?.members.find((m) => m.organisationNumber === v.member);
    appoint.mutate(
      {
        personId: v.personId,
        position: v.position || (undefined as never),
        memberOrganisation: org ? { kind: org.kind, name: org.name, organisationNumber: org.organisationNumber } : undefined,
        substituteFor: v.substituteFor || null,
        termFrom: v.termFrom,
        termTo: v.termTo,
      },
      {
        onSuccess: () => {
          setDone(t('appoint.done', { person: v.personId }));
          setV(empty);
        },
      },
    );
  };
  return (
    <CommandForm
      id="appoint"
      title={t('appoint.title')}
      submitLabel={t('appoint.submit')}
      pending={appoint.isPending}
      error={appoint.error}
      done={done}
      labelOf={labelOf}
      onSubmit={onSubmit}
    >
      <Textfield
        id={f.id('personId')}
        label={f.label('personId')}
        value={v.personId}
        onChange={(e) => setV({ ...v, personId: e.target.value })}
        error={f.error('personId')}
      />
      <SelectField
        id={f.id('position')}
        label={f.label('position')}
        value={v.position}
        onChange={(position) => setV({ ...v, position })}
        error={f.error('position')}
      >
        <option value="">{common('form.choose')}</option>
        {POSITIONS.map((p) => (
          <option key={p} value={p}>
            {t(`positions.${p}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={f.id('memberOrganisation')}
        label={f.label('memberOrganisation')}
        value={v.member}
        onChange={(member) => setV({ ...v, member })}
        error={f.error('memberOrganisation')}
      >
        <option value="">{common('form.choose')}</option>
        {(members.data?.members ?? []).map((m) => (
          <option key={m.organisationNumber} value={m.organisationNumber}>
            {m.name} ({m.organisationNumber})
          </option>
        ))}
      </SelectField>
      <SelectField
        id={f.id('substituteFor')}
        label={f.label('substituteFor')}
        value={v.substituteFor}
        onChange={(substituteFor) => setV({ ...v, substituteFor })}
        error={f.error('substituteFor')}
      >
        <option value="">{t('appoint.noSubstituteFor')}</option>
        {seated.map((a) => (
          <option key={a.appointmentId} value={a.personId}>
            {a.name} ({a.memberOrganisation.name})
          </option>
        ))}
      </SelectField>
      <div className="two-columns">
        <Textfield
          id={f.id('termFrom')}
          label={f.label('termFrom')}
          description={common('common.dateHint')}
          value={v.termFrom}
          onChange={(e) => setV({ ...v, termFrom: e.target.value })}
          error={f.error('termFrom')}
        />
        <Textfield
          id={f.id('termTo')}
          label={f.label('termTo')}
          description={common('common.dateHint')}
          value={v.termTo}
          onChange={(e) => setV({ ...v, termTo: e.target.value })}
          error={f.error('termTo')}
        />
      </div>
    </CommandForm>
  );
}
