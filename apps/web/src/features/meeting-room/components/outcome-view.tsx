import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView } from '../api/views';
import { NS } from '../i18n';

export function OutcomeView({ outcome }: { outcome: NonNullable<AgendaItemView['outcome']> }) {
  const { t } = useTranslation(NS);
  return (
    <Alert data-color={outcome.outcome === 'approved' ? 'success' : 'info'} data-testid="outcome">
      <Heading level={3} data-size="xs">
        {t('outcome.heading')}: {t(`outcome.${outcome.outcome}`)}
      </Heading>
      <Paragraph>{t('outcome.tally', { ...outcome.tally })}</Paragraph>
      <Paragraph>{t('outcome.quorum', { ...outcome.quorum })}</Paragraph>
    </Alert>
  );
}
