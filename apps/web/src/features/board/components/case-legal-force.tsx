import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useGetCaseLegalForce } from '../api/board';
import { NS } from '../i18n';

/** On the case page: the board's decision and whether it has gained legal force (laga kraft), as of today. */
export function CaseLegalForce({ applicationId }: { applicationId: string }) {
  const { t, i18n } = useTranslation(NS);
  const standing = useGetCaseLegalForce(applicationId);
  const decisions = standing.data?.decisions ?? [];
  if (decisions.length === 0) return null;
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <section aria-labelledby="legal-force-heading">
      <Card>
        <Heading level={2} data-size="sm" id="legal-force-heading">
          {t('legalForce.heading')}
        </Heading>
        {decisions.map((d) => {
          const f = d.legalForce;
          return (
            <Paragraph key={`${d.meetingId}-${d.itemNo}`} data-testid="case-legal-force">
              {t('legalForce.decision', { date: date(d.meetingDate), itemNo: d.itemNo })}{' '}
              {f.status === 'legal_force'
                ? t('legalForce.legal_force', { date: date(f.legalForceOn) })
                : f.status === 'appeal_window'
                  ? t('legalForce.appeal_window', { appealEndsOn: date(f.appealEndsOn), legalForceOn: date(f.legalForceOn) })
                  : f.status === 'appealed'
                    ? t('legalForce.appealed', { court: f.court, courtCaseNumber: f.courtCaseNumber })
                    : t('legalForce.not_posted')}
            </Paragraph>
          );
        })}
      </Card>
    </section>
  );
}
