import { Alert, Button, Card, Heading, Label, Paragraph, Textarea } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSession } from '../../../lib/auth/use-session';
import { formatDate } from '../../../lib/format';
import { useMeetingCommand } from '../../meeting-room/api/meeting';
import type { MeetingRoomView, RoomItem } from '../../meeting-room/api/views';
import { MemberSelect } from '../../meeting-room/components/member-select';
import { NS } from '../i18n';

/**
 * The meeting room's further steps in law: a member's protokollsanteckning on the open item, the
 * ordförande för dagen when nobody can preside, and omedelbar justering of a decided paragraph.
 * Offered where they apply; whether they are allowed is the API's answer.
 */
export function RoomExtras({ meetingId, room }: { meetingId: string; room: MeetingRoomView }) {
  const { t } = useTranslation(NS);
  const user = useSession();
  const roles = new Set(user?.roles ?? []);
  const member = roles.has('board_member') || roles.has('chair');
  const item = room.openItem;
  const nobodyPresides = room.status === 'opened' && (room.presiding === null || (item !== null && item.presiding === null));
  const presiding = user !== null && item !== null && item.presiding?.personId === user.userId;
  return (
    <>
      {item && item.notes.length > 0 ? <Notes item={item} /> : null}
      {item && member ? <ProtocolNote meetingId={meetingId} item={item} /> : null}
      {nobodyPresides && (member || roles.has('director')) ? <ChairForTheDay meetingId={meetingId} room={room} /> : null}
      {item && (item.attestedImmediately || (presiding && item.outcome !== null)) ? (
        <ImmediateAttestation meetingId={meetingId} item={item} canAttest={presiding} />
      ) : null}
      {room.status === 'closed' || room.status === 'attested' ? (
        <p>
          <Link to={`/meetings/${meetingId}/minutes`}>{t('room.minutes')}</Link>
        </p>
      ) : null}
    </>
  );
}

function Notes({ item }: { item: RoomItem }) {
  const { t } = useTranslation(NS);
  return (
    <section aria-labelledby="notes-heading" className="meeting-panel">
      <Heading level={2} data-size="sm" id="notes-heading">
        {t('room.notes', { itemNo: item.itemNo })}
      </Heading>
      <ul className="plain-list" data-testid="protocol-notes">
        {item.notes.map((n, i) => (
          <li key={i}>{t('room.noteBy', { name: n.name, text: n.text })}</li>
        ))}
      </ul>
    </section>
  );
}

function ProtocolNote({ meetingId, item }: { meetingId: string; item: RoomItem }) {
  const { t } = useTranslation(NS);
  const note = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/items/{itemNo}/protocol-notes');
  const [text, setText] = useState('');
  const id = `note-${item.itemNo}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    note.mutate({ params: { meetingId, itemNo: String(item.itemNo) }, body: { text } }, { onSuccess: () => setText('') });
  };
  return (
    <Card className="meeting-panel">
      <form onSubmit={submit} className="stack" noValidate>
        <ProblemAlert error={note.error} />
        <div>
          <Label htmlFor={id}>{t('room.noteLabel')}</Label>
          <Textarea id={id} value={text} onChange={(e) => setText(e.target.value)} rows={2} />
        </div>
        <div className="actions">
          <Button type="submit" variant="secondary" disabled={note.isPending}>
            {t('room.noteSubmit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function ChairForTheDay({ meetingId, room }: { meetingId: string; room: MeetingRoomView }) {
  const { t } = useTranslation(NS);
  const choose = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/chair-for-the-day');
  const [personId, setPersonId] = useState('');
  const candidates = (room.seats ?? []).filter((s) => s.present && s.position !== 'substitute');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    choose.mutate({ params: { meetingId }, body: { personId } });
  };
  return (
    <Card className="meeting-panel">
      <Heading level={2} data-size="sm">
        {t('room.chairForTheDay')}
      </Heading>
      <Paragraph>{t('room.chairForTheDayIntro')}</Paragraph>
      <form onSubmit={submit} className="stack" noValidate>
        <ProblemAlert error={choose.error} />
        <MemberSelect
          id="chair-for-the-day"
          label={t('room.chairForTheDayLabel')}
          placeholder={t('room.chooseMember')}
          members={candidates}
          value={personId}
          onChange={setPersonId}
        />
        <div className="actions">
          <Button type="submit" disabled={choose.isPending}>
            {t('room.chairForTheDaySubmit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function ImmediateAttestation({ meetingId, item, canAttest }: { meetingId: string; item: RoomItem; canAttest: boolean }) {
  const { t, i18n } = useTranslation(NS);
  const attest = useMeetingCommand(meetingId, '/api/meetings/{meetingId}/items/{itemNo}/immediate-attestation');
  const done = item.attestedImmediately;
  return (
    <Card className="meeting-panel">
      <Heading level={2} data-size="sm">
        {t('room.immediate')}
      </Heading>
      {done ? (
        <Alert data-color="success" data-testid="attested-immediately">
          <span className="hash">
            {t('room.immediateDone', { itemNo: item.itemNo, date: formatDate(done.attestedOn, i18n.language), hash: done.paragraphSha256 })}
          </span>
        </Alert>
      ) : canAttest ? (
        <>
          <Paragraph>{t('room.immediateIntro')}</Paragraph>
          <ProblemAlert error={attest.error} />
          <div className="actions">
            <Button
              variant="secondary"
              onClick={() => attest.mutate({ params: { meetingId, itemNo: String(item.itemNo) }, body: {} })}
              disabled={attest.isPending}
            >
              {t('room.immediateSubmit', { itemNo: item.itemNo })}
            </Button>
          </div>
        </>
      ) : null}
    </Card>
  );
}
