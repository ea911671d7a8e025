import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading';
import { NS } from '../i18n';
import { AuditLogExports } from './audit-log-exports';
import { AuditNav } from './audit-nav';
import { VerificationStatus } from './verification-status';

/** The auditor's start: is the log intact (and where is the first break), and the log itself to take away. */
export function AuditTrailPage() {
  const { t } = useTranslation(NS);
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <AuditNav />
      <Paragraph>{t('intro')}</Paragraph>
      <VerificationStatus />
      <AuditLogExports />
    </>
  );
}
