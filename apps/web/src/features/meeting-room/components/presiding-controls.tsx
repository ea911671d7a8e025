import { Button, Card, Checkbox, Fieldset, Heading, Label, Radio, Select } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useGetMeetingParticipants, useMeetingCommand } from '../api/meeting';
import type { MeetingRoomView } from '../api/views';
import { NS } from '../i18n';
import { MemberSelect } from './member-select';

type Outcome = 'approved' | 'rejected' | 'referred_back' | 'tabled';

/**
 * The presiding member runs the meeting from here: attendance, taking up an item, putting the
 * question, recording the outcome, closing the item and the meeting. What is allowed now is the API's.
 */
export function PresidingControls({ meetingId, room }: { meetingId: string; room: MeetingRoomView }) {
  const { t } = useTranslation(NS);
  const participants = useGetMeetingParticipants(meetingId);
  const open = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/opening');
  const openItem = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/items/{itemNo}/opening');
  const question = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/items/{itemNo}/question');
  const outcome = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/items/{itemNo}/outcome');
  const closeItem = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/items/{itemNo}/closing');
  const close = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/closing');
  const [present, setPresent] = useState<string[]>([]);
  const [adjuster, setAdjuster] = useState('');
  const [motionNo, setMotionNo] = useState('0');
  const [decision, setDecision] = useState<Outcome | null>(null);
  const [casting, setCasting] = useState<'' | 'yes' | 'no'>('');
  const seats = (participants.data?.people ?? []).filter((p) => p.position !== null);
  const current = room.openItem;
  const next = room.items.find((i) => i.status === 'pending') ?? null;
  const item = (itemNo: number) => ({ meetingId, itemNo: String(itemNo) });
  const errors = [open.error, openItem.error, question.error, outcome.error, closeItem.error, close.error];
  const submit = (run: () => void) => (e: FormEvent) => {
    e.preventDefault();
    run();
  };
  return (
    <Card className="meeting-panel">
      <Heading level={2} data-size="sm">
        {t('presiding.heading')}
      </Heading>
      {errors.map((error, i) => (error ? <ProblemAlert key={i} error={error} /> : null))}
      {room.status === 'scheduled' ? (
        <form
          onSubmit={submit(() => open.mutate({ params: { meetingId }, body: { present, adjusterId: adjuster } }))}
          className="stack"
          noValidate
        >
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
          <MemberSelect
            id="adjuster"
            label={t('presiding.adjuster')}
            placeholder={t('presiding.chooseAdjuster')}
            members={seats}
            value={adjuster}
            onChange={setAdjuster}
          />
          <div className="actions">
            <Button type="submit" disabled={open.isPending}>
              {t('presiding.openMeeting')}
            </Button>
          </div>
        </form>
      ) : null}
      {room.status === 'opened' && current === null && next ? (
        <div className="actions">
          <Button onClick={() => openItem.mutate({ params: item(next.itemNo), body: {} })} disabled={openItem.isPending}>
            {t('presiding.openItem', { itemNo: next.itemNo })}
          </Button>
        </div>
      ) : null}
      {current && current.kind === 'decision' && current.outcome === null && current.question === null ? (
        <form
          onSubmit={submit(() => question.mutate({ params: item(current.itemNo), body: { motionNo: Number(motionNo) } }))}
          className="stack"
          noValidate
        >
          <Fieldset>
            <Fieldset.Legend>{t('presiding.questionLegend')}</Fieldset.Legend>
            {[0, ...current.motions.map((m) => m.motionNo)].map((n) => (
              <Radio
                key={n}
                name="question"
                value={String(n)}
                label={n === 0 ? t('openItem.theRecommendation') : t('openItem.motionNo', { motionNo: n })}
                checked={motionNo === String(n)}
                onChange={() => setMotionNo(String(n))}
              />
            ))}
          </Fieldset>
          <div className="actions">
            <Button type="submit" disabled={question.isPending}>
              {t('presiding.putQuestion')}
            </Button>
          </div>
        </form>
      ) : null}
      {current && current.kind === 'decision' && current.outcome === null ? (
        <form
          onSubmit={submit(
            () =>
              decision &&
              outcome.mutate({ params: item(current.itemNo), body: { outcome: decision, ...(casting ? { castingVote: casting } : {}) } }),
          )}
          className="stack"
          noValidate
        >
          <Fieldset>
            <Fieldset.Legend>{t('presiding.outcomeLegend', { itemNo: current.itemNo })}</Fieldset.Legend>
            {(['approved', 'rejected', 'referred_back', 'tabled'] as const).map((o) => (
              <Radio key={o} name="outcome" value={o} label={t(`outcome.${o}`)} checked={decision === o} onChange={() => setDecision(o)} />
            ))}
          </Fieldset>
          {current.votering ? (
            <div>
              <Label htmlFor="casting-vote">{t('presiding.castingVote')}</Label>
              <Select id="casting-vote" value={casting} onChange={(e) => setCasting(e.target.value as '' | 'yes' | 'no')}>
                <Select.Option value="">{t('presiding.noCastingVote')}</Select.Option>
                <Select.Option value="yes">{t('votes.yes')}</Select.Option>
                <Select.Option value="no">{t('votes.no')}</Select.Option>
              </Select>
            </div>
          ) : null}
          <div className="actions">
            <Button type="submit" disabled={outcome.isPending || decision === null}>
              {t('presiding.recordOutcome')}
            </Button>
          </div>
        </form>
      ) : null}
      {current && (current.outcome !== null || current.kind === 'reported_delegated_decision') ? (
        <div className="actions">
          <Button onClick={() => closeItem.mutate({ params: item(current.itemNo), body: {} })} disabled={closeItem.isPending}>
            {t('presiding.closeItem', { itemNo: current.itemNo })}
          </Button>
        </div>
      ) : null}
      {room.status === 'opened' && current === null && next === null ? (
        <div className="actions">
          <Button onClick={() => close.mutate({ params: { meetingId }, body: {} })} disabled={close.isPending}>
            {t('presiding.closeMeeting')}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
