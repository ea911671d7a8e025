import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { useVerifyAuditTrail, type AuditTrailReport } from '../api/audit-trail';
import { NS } from '../i18n';

/** The API's verification of the log, as it reports it: intact, or broken with the first break. */
export function VerificationStatus() {
  const { t } = useTranslation(NS);
  const verification = useVerifyAuditTrail();
  return (
    <section aria-labelledby="verification-heading" className="stack">
      <Heading level={2} data-size="sm" id="verification-heading">
        {t('verification')}
      </Heading>
      <QueryState query={verification}>{(report) => <Report report={report} />}</QueryState>
      <div className="actions">
        <Button type="button" variant="secondary" onClick={() => void verification.refetch()} disabled={verification.isFetching}>
          {t('verify')}
        </Button>
      </div>
    </section>
  );
}

function Report({ report }: { report: AuditTrailReport }) {
  const { t, i18n } = useTranslation(NS);
  const b = report.firstBreak;
  return (
    <div className="stack" data-testid="verification">
      <Alert data-color={report.ok ? 'success' : 'danger'}>
        <Paragraph data-testid="verification-result">{report.ok ? t('ok') : t('broken', { count: report.breakCount })}</Paragraph>
      </Alert>
      <dl className="facts">
        <dt>{t('checkedEvents')}</dt>
        <dd>{report.checkedEvents}</dd>
        <dt>{t('checkedStreams')}</dt>
        <dd>{report.checkedStreams}</dd>
        <dt>{t('unhashed')}</dt>
        <dd>{report.unhashed}</dd>
        {report.mode ? (
          <>
            <dt>{t('mode')}</dt>
            <dd>{t(`modes.${report.mode}`)}</dd>
          </>
        ) : null}
        <dt>{t('seals')}</dt>
        <dd>{report.seals.count}</dd>
        <dt>{t('lastSealedAt')}</dt>
        <dd>{report.seals.lastSealedAt ? formatDateTime(report.seals.lastSealedAt, i18n.language) : t('neverSealed')}</dd>
        {report.seals.lastSealHash ? (
          <>
            <dt>{t('lastSealHash')}</dt>
            <dd className="hash">{report.seals.lastSealHash}</dd>
          </>
        ) : null}
      </dl>
      {b ? (
        <div data-testid="first-break">
          <Heading level={3} data-size="xs">
            {t('firstBreak')}
          </Heading>
          <dl className="facts">
            <dt>{t('reason')}</dt>
            <dd>{t(`reasons.${b.reason}`, { defaultValue: b.reason })}</dd>
            <dt>{t('stream')}</dt>
            <dd className="hash">{b.streamId}</dd>
            <dt>{t('revision')}</dt>
            <dd>{b.revision}</dd>
            <dt>{t('position')}</dt>
            <dd>{b.position}</dd>
            <dt>{t('detail')}</dt>
            <dd>{b.detail}</dd>
          </dl>
        </div>
      ) : null}
    </div>
  );
}
