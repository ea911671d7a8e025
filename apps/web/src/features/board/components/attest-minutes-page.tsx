import { Alert, Button, Card, Checkbox, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useSession } from '../../../lib/auth/use-session';
import { formatDate } from '../../../lib/format';
import { useAttestMinutes, useGetBoardMeeting, useGetMinutes, useGetRoom, usePostNotice } from '../api/board';
import type { MinutesDocument } from '../api/views';
import { NS } from '../i18n';
import '../board.css';

type Named = { personId: string; name: string } | null;

/**
 * Justering: the chair and the adjuster read the minutes exactly as the API renders them, with the
 * hash the API stores with each signature, and attest in one deliberate step. Whether they may is
 * the API's rule; the page offers the step to the two the meeting names as signatories.
 */
export function AttestMinutesPage() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation(NS);
  const room = useGetRoom(meetingId);
  const closed = room.data?.status === 'closed' || room.data?.status === 'attested';
  const minutes = useGetMinutes(meetingId, closed);
  return (
    <QueryState query={room}>
      {(view) => (
        <div className="stack">
          <PageHeading>{t('attest.title', { label: view.label })}</PageHeading>
          <Paragraph>{t('attest.intro')}</Paragraph>
          <Paragraph>
            <Link to={`/meetings/${meetingId}`}>{t('attest.room')}</Link>
          </Paragraph>
          {closed ? (
            <QueryState query={minutes}>
              {(doc) => <Minutes meetingId={meetingId} doc={doc} chair={view.presiding} adjuster={view.adjuster} />}
            </QueryState>
          ) : (
            <Paragraph>{t('attest.notClosed')}</Paragraph>
          )}
        </div>
      )}
    </QueryState>
  );
}

function Minutes({ meetingId, doc, chair, adjuster }: { meetingId: string; doc: MinutesDocument; chair: Named; adjuster: Named }) {
  const { t, i18n } = useTranslation(NS);
  const user = useSession();
  const signatories = [
    { as: 'chair' as const, who: chair },
    { as: 'adjuster' as const, who: adjuster },
  ];
  const mine = signatories.find((s) => s.who !== null && s.who.personId === user?.userId) ?? null;
  const signed = (as: 'chair' | 'adjuster') => doc.signatures.find((s) => s.as === as) ?? null;
  return (
    <>
      <section aria-labelledby="signatures-heading">
        <Heading level={2} data-size="sm" id="signatures-heading">
          {t('attest.signatures')}
        </Heading>
        <ul className="plain-list" data-testid="signatures">
          {signatories.map(({ as, who }) => {
            const s = signed(as);
            const name = who?.name ?? '–';
            return (
              <li key={as}>
                {s
                  ? t('attest.signed', { as: t(`attest.as.${as}`), name, date: formatDate(s.attestedOn, i18n.language) })
                  : t('attest.waiting', { as: t(`attest.as.${as}`), name })}
              </li>
            );
          })}
        </ul>
        {doc.attested ? (
          <Alert data-color="success" data-testid="attested">
            {t('attest.complete')}
          </Alert>
        ) : null}
      </section>
      <section aria-labelledby="minutes-heading" className="stack">
        <Heading level={2} data-size="sm" id="minutes-heading">
          {t('attest.text')}
        </Heading>
        {/* Focusable so a keyboard user can scroll it; the text is the API's, character for character. */}
        <pre className="minutes-text" tabIndex={0} role="region" aria-labelledby="minutes-heading" data-testid="minutes-text">
          {doc.text}
        </pre>
        <dl className="facts">
          <dt>{t('attest.hash')}</dt>
          <dd className="hash" data-testid="minutes-hash">
            {doc.sha256}
          </dd>
        </dl>
      </section>
      {mine && signed(mine.as) !== null ? (
        <Alert data-color="success" role="status" data-testid="attested-by-me">
          {t('attest.done')}
        </Alert>
      ) : null}
      {mine && signed(mine.as) === null ? <AttestStep meetingId={meetingId} sha256={doc.sha256} /> : null}
      {mine === null && !doc.attested ? <Paragraph>{t('attest.notSignatory')}</Paragraph> : null}
      {doc.attested && user && ['director', 'admin', 'chair'].some((r) => user.roles.includes(r as never)) ? (
        <PostNotice meetingId={meetingId} tenant={user.tenant} />
      ) : null}
    </>
  );
}

function AttestStep({ meetingId, sha256 }: { meetingId: string; sha256: string }) {
  const { t } = useTranslation(NS);
  const attest = useAttestMinutes(meetingId);
  const [confirmed, setConfirmed] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (confirmed) attest.mutate(sha256);
  };
  return (
    <Card className="stack" aria-labelledby="attest-step-heading">
      <Heading level={2} data-size="sm" id="attest-step-heading">
        {t('attest.step')}
      </Heading>
      <form onSubmit={submit} className="stack" noValidate>
        <ProblemAlert error={attest.error} />
        <Checkbox
          value="confirmed"
          label={t('attest.confirm', { short: sha256.slice(0, 12) })}
          checked={confirmed}
          onChange={(e) => setConfirmed(e.target.checked)}
        />
        <div className="actions">
          <Button type="submit" disabled={!confirmed || attest.isPending}>
            {t('attest.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function PostNotice({ meetingId, tenant }: { meetingId: string; tenant: string }) {
  const { t, i18n } = useTranslation(NS);
  const meeting = useGetBoardMeeting(meetingId);
  const post = usePostNotice(meetingId);
  const postedOn = meeting.data?.meeting.postedOn ?? null;
  return (
    <Card className="stack" aria-labelledby="post-notice-heading">
      <Heading level={2} data-size="sm" id="post-notice-heading">
        {t('post.heading')}
      </Heading>
      {postedOn ? (
        <Alert data-color="success" role="status" data-testid="notice-posted">
          {t('post.done', { date: formatDate(postedOn, i18n.language) })}
        </Alert>
      ) : (
        <>
          <Paragraph>{t('post.intro')}</Paragraph>
          <ProblemAlert error={post.error} />
          <div className="actions">
            <Button onClick={() => post.mutate()} disabled={post.isPending || meeting.isPending}>
              {t('post.submit')}
            </Button>
          </div>
        </>
      )}
      <Paragraph>
        <Link to={`/anslagstavla/${encodeURIComponent(tenant)}`}>{t('post.board')}</Link>
      </Paragraph>
    </Card>
  );
}
