import { Button, Card, Checkbox, Fieldset, Heading, Label, Radio, Select } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useMeetingCommand } from '../api/meeting';
import type { MeetingDetail, MeetingParticipant } from '../api/views';
import { NS } from '../i18n';

type Outcome = 'approved' | 'rejected' | 'referred_back' | 'tabled';

/**
 * The presiding member runs the meeting from here: attendance, taking up an item, recording the
 * outcome, closing the item and the meeting. Offered by role; the API decides what is allowed now.
 */
export function PresidingControls({ meetingId, detail, people }: { meetingId: string; detail: MeetingDetail; people: MeetingParticipant[] }) {
  const { t } = useTranslation(NS);
  const { meeting, items } = detail;
  const open = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/opening');
  const openItem = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/items/{itemNo}/opening');
  const outcome = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/items/{itemNo}/outcome');
  const closeItem = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/items/{itemNo}/closing');
  const close = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/closing');
  const seats = people.filter((p) => p.position !== null);
  const [present, setPresent] = useState<string[]>([]);
  const [adjuster, setAdjuster] = useState('');
  const [decision, setDecision] = useState<Outcome | null>(null);
  const current = items.find((i) => i.status === 'open' || i.status === 'outcome_recorded') ?? null;
  const next = items.find((i) => i.status === 'pending') ?? null;
  const errors = [open.error, openItem.error, outcome.error, closeItem.error, close.error];
  const item = (itemNo: number) => ({ meetingId, itemNo: String(itemNo) });

  const submitOpening = (e: FormEvent) => {
    e.preventDefault();
    open.mutate({ params: { meetingId }, body: { present, adjusterId: adjuster } });
  };
  const submitOutcome = (e: FormEvent) => {
    e.preventDefault();
    if (current && decision) outcome.mutate({ params: item(current.itemNo), body: { outcome: decision } });
  };
  return (
    <Card className="meeting-panel">
      <Heading level={2} data-size="sm">
        {t('presiding.heading')}
      </Heading>
      {errors.map((error, i) => (error ? <ProblemAlert key={i} error={error} /> : null))}
      {meeting.status === 'scheduled' ? (
        <form onSubmit={submitOpening} className="stack" noValidate>
          <Fieldset>
            <Fieldset.Legend>{t('presiding.presentLegend')}</Fieldset.Legend>
            {seats.map((s) => (
              <Checkbox
                key={s.personId}
                value={s.personId}
                label={`${s.name}, ${t(`positions.${s.position ?? 'other'}`)}`}
                checked={present.includes(s.personId)}
                onChange={(e) => setPresent(e.target.checked ? [...present, s.personId] : present.filter((p) => p !== s.personId))}
              />
            ))}
          </Fieldset>
          <div>
            <Label htmlFor="adjuster">{t('presiding.adjuster')}</Label>
            <Select id="adjuster" value={adjuster} onChange={(e) => setAdjuster(e.target.value)}>
              <Select.Option value="">{t('presiding.chooseAdjuster')}</Select.Option>
              {seats.map((s) => (
                <Select.Option key={s.personId} value={s.personId}>
                  {s.name}
                </Select.Option>
              ))}
            </Select>
          </div>
          <div className="actions">
            <Button type="submit" disabled={open.isPending}>
              {t('presiding.openMeeting')}
            </Button>
          </div>
        </form>
      ) : null}
      {meeting.status === 'open' && current === null && next ? (
        <div className="actions">
          <Button onClick={() => openItem.mutate({ params: item(next.itemNo), body: {} })} disabled={openItem.isPending}>
            {t('presiding.openItem', { itemNo: next.itemNo })}
          </Button>
        </div>
      ) : null}
      {current && current.status === 'open' ? (
        <form onSubmit={submitOutcome} className="stack" noValidate>
          <Fieldset>
            <Fieldset.Legend>{t('presiding.outcomeLegend', { itemNo: current.itemNo })}</Fieldset.Legend>
            {(['approved', 'rejected', 'referred_back', 'tabled'] as const).map((o) => (
              <Radio key={o} name="outcome" value={o} label={t(`outcome.${o}`)} checked={decision === o} onChange={() => setDecision(o)} />
            ))}
          </Fieldset>
          <div className="actions">
            <Button type="submit" disabled={outcome.isPending || decision === null}>
              {t('presiding.recordOutcome')}
            </Button>
          </div>
        </form>
      ) : null}
      {current && current.status === 'outcome_recorded' ? (
        <div className="actions">
          <Button onClick={() => closeItem.mutate({ params: item(current.itemNo), body: {} })} disabled={closeItem.isPending}>
            {t('presiding.closeItem', { itemNo: current.itemNo })}
          </Button>
        </div>
      ) : null}
      {meeting.status === 'open' && current === null && next === null ? (
        <div className="actions">
          <Button onClick={() => close.mutate({ params: { meetingId }, body: {} })} disabled={close.isPending}>
            {t('presiding.closeMeeting')}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
