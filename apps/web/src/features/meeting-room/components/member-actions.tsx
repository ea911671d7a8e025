import { Button, Card, Fieldset, Heading, Label, Radio, Textarea } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useMeetingCommand } from '../api/meeting';
import type { RoomItem } from '../api/views';
import { NS } from '../i18n';

const MOTION_KINDS = ['approve', 'reject', 'refer_back', 'table'] as const;

/**
 * A member's own part in the open item: jäv, a motion, asking for votering, the vote, a reservation.
 * Each is offered; whether the member may is the API's answer, shown in their language.
 */
export function MemberActions({ meetingId, item }: { meetingId: string; item: RoomItem }) {
  const { t } = useTranslation(NS);
  const params = { meetingId, itemNo: String(item.itemNo) };
  const recusal = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/items/{itemNo}/recusals');
  const motion = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/items/{itemNo}/motions');
  const votering = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/items/{itemNo}/votering');
  const vote = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/items/{itemNo}/votes');
  const reservation = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/items/{itemNo}/reservations');
  const [reason, setReason] = useState('');
  const [kind, setKind] = useState<(typeof MOTION_KINDS)[number] | null>(null);
  const [motivation, setMotivation] = useState('');
  const [choice, setChoice] = useState<'yes' | 'no' | 'abstain' | null>(null);
  const [dissent, setDissent] = useState('');
  const id = `item-${item.itemNo}`;
  const submit = (run: () => void) => (e: FormEvent) => {
    e.preventDefault();
    run();
  };
  return (
    <Card className="meeting-panel">
      <Heading level={2} data-size="sm">
        {t('member.heading', { itemNo: item.itemNo })}
      </Heading>
      {item.outcome === null && item.votering ? (
        <form onSubmit={submit(() => choice && vote.mutate({ params, body: { vote: choice } }))} className="stack" noValidate>
          <ProblemAlert error={vote.error} />
          <Fieldset>
            <Fieldset.Legend>{t('member.voteLegend')}</Fieldset.Legend>
            {(['yes', 'no', 'abstain'] as const).map((v) => (
              <Radio key={v} name={`${id}-vote`} value={v} label={t(`votes.${v}`)} checked={choice === v} onChange={() => setChoice(v)} />
            ))}
          </Fieldset>
          <div className="actions">
            <Button type="submit" disabled={vote.isPending || choice === null}>
              {t('member.castVote')}
            </Button>
          </div>
        </form>
      ) : null}
      {item.outcome === null && item.question && !item.votering ? (
        <div className="stack">
          <ProblemAlert error={votering.error} />
          <div className="actions">
            <Button variant="secondary" onClick={() => votering.mutate({ params, body: {} })} disabled={votering.isPending}>
              {t('member.requestVotering')}
            </Button>
          </div>
        </div>
      ) : null}
      {item.outcome === null && !item.question ? (
        <form
          onSubmit={submit(() => kind && motion.mutate({ params, body: { kind, motivation: motivation === '' ? null : motivation } }))}
          className="stack"
          noValidate
        >
          <ProblemAlert error={motion.error} />
          <Fieldset>
            <Fieldset.Legend>{t('member.motionLegend')}</Fieldset.Legend>
            {MOTION_KINDS.map((k) => (
              <Radio
                key={k}
                name={`${id}-motion`}
                value={k}
                label={t(`motionKinds.${k}`)}
                checked={kind === k}
                onChange={() => setKind(k)}
              />
            ))}
          </Fieldset>
          <div>
            <Label htmlFor={`${id}-motivation`}>{t('member.motionMotivation')}</Label>
            <Textarea id={`${id}-motivation`} value={motivation} onChange={(e) => setMotivation(e.target.value)} rows={2} />
          </div>
          <div className="actions">
            <Button type="submit" variant="secondary" disabled={motion.isPending || kind === null}>
              {t('member.moveMotion')}
            </Button>
          </div>
        </form>
      ) : null}
      {item.outcome !== null ? (
        <form
          onSubmit={submit(() => reservation.mutate({ params, body: { motivation: dissent === '' ? null : dissent } }))}
          className="stack"
          noValidate
        >
          <Heading level={3} data-size="xs">
            {t('member.reservation')}
          </Heading>
          <ProblemAlert error={reservation.error} />
          <div>
            <Label htmlFor={`${id}-dissent`}>{t('member.reservationMotivation')}</Label>
            <Textarea id={`${id}-dissent`} value={dissent} onChange={(e) => setDissent(e.target.value)} rows={2} />
          </div>
          <div className="actions">
            <Button type="submit" variant="secondary" disabled={reservation.isPending}>
              {t('member.enterReservation')}
            </Button>
          </div>
        </form>
      ) : (
        <form onSubmit={submit(() => recusal.mutate({ params, body: { reason } }))} className="stack" noValidate>
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
      )}
    </Card>
  );
}
