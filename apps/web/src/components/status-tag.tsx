import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../lib/api/views';

const COLOR: Record<CaseStatus, 'info' | 'warning' | 'success' | 'danger' | 'neutral'> = {
  submitted: 'info',
  in_preparation: 'info',
  awaiting_supplement: 'warning',
  recommended: 'info',
  on_agenda: 'info',
  decided_pending_attestation: 'info',
  approved: 'success',
  rejected: 'danger',
  withdrawn: 'neutral',
};

export function StatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <Tag data-color={COLOR[status]}>{t(`status.${status}`)}</Tag>;
}
