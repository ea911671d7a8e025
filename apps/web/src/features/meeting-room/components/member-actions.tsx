import { Button, Card, Fieldset, Heading, Radio, Textarea, Label, Select } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useMeetingCommand } from '../api/meeting';
import type { AgendaItemView, MeetingParticipant } from '../api/views';
import { NS } from '../i18n';

type Vote = 'approve' | 'reject' | 'abstain';

/** A member's own part in the open item: declaring jäv, and voting. Whether they may is the API's answer. */
export function MemberActions({ meetingId, item, userId, people }: { meetingId: string; item: AgendaItemView; userId: string; people: MeetingParticipant[] }) {
  const { t } = useTranslation(NS);
  const recusal = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/items/{itemNo}/recusals');
  const vote = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/items/{itemNo}/votes');
  const [reason, setReason] = useState('');
  const [choice, setChoice] = useState<Vote | null>(null);
  const me = people.find((p) => p.personId === userId);
  const [replacing, setReplacing] = useState<string>(me?.substituteFor ?? '');
  const params = { meetingId, itemNo: String(item.itemNo) };
  const id = `item-${item.itemNo}-member`;
  const declare = (e: FormEvent) => {
    e.preventDefault();
    recusal.mutate({ params, body: { reason } });
  };
  const cast = (e: FormEvent) => {
    e.preventDefault();
    if (choice) vote.mutate({ params, body: { vote: choice, replacing: replacing === '' ? null : replacing } });
  };
  return (
    <Card className="meeting-panel">
      <Heading level={2} data-size="sm">
        {t('member.heading', { itemNo: item.itemNo })}
      </Heading>
      <form onSubmit={cast} className="stack" noValidate>
        <ProblemAlert error={vote.error} />
        <Fieldset>
          <Fieldset.Legend>{t('member.voteLegend')}</Fieldset.Legend>
          {(['approve', 'reject', 'abstain'] as const).map((v) => (
            <Radio key={v} name={`${id}-vote`} value={v} label={t(`member.vote.${v}`)} checked={choice === v} onChange={() => setChoice(v)} />
          ))}
        </Fieldset>
        {me?.position === 'substitute' ? (
          <div>
            <Label htmlFor={`${id}-replacing`}>{t('member.replacing')}</Label>
            <Select id={`${id}-replacing`} value={replacing} onChange={(e) => setReplacing(e.target.value)}>
              <Select.Option value="">{t('member.notReplacing')}</Select.Option>
              {me.substituteFor ? <Select.Option value={me.substituteFor}>{people.find((p) => p.personId === me.substituteFor)?.name ?? me.substituteFor}</Select.Option> : null}
            </Select>
          </div>
        ) : null}
        <div className="actions">
          <Button type="submit" disabled={vote.isPending || choice === null}>
            {t('member.castVote')}
          </Button>
        </div>
      </form>
      <form onSubmit={declare} className="stack" noValidate>
        <Heading level={3} data-size="xs">
          {t('member.recusal')}
        </Heading>
        <ProblemAlert error={recusal.error} />
        <div>
          <Label htmlFor={`${id}-reason`}>{t('member.recusalReason')}</Label>
          <Textarea id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
        </div>
        <div className="actions">
          <Button type="submit" variant="secondary" disabled={recusal.isPending}>
            {t('member.declareRecusal')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
