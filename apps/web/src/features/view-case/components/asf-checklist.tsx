import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApplicationContent } from '../../../lib/api/views';

const CRITERIA = ['business', 'participation', 'reinvested', 'independent'] as const;

/**
 * The four ASF criteria (the government's definition that the policy refers to), with what the
 * application states about the provider. The director checks them against the provider's documents.
 */
export function AsfChecklist({ content }: { content: ApplicationContent }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="asf-heading" className="stack">
      <Heading level={2} data-size="sm" id="asf-heading">
        {t('case.asf.title')}
      </Heading>
      <Paragraph>
        {t('case.asf.stated', { provider: content.provider.name, answer: content.provider.isAsf ? t('common.yes') : t('common.no') })}
      </Paragraph>
      <ol>
        {CRITERIA.map((c) => (
          <li key={c}>{t(`case.asf.${c}`)}</li>
        ))}
      </ol>
    </section>
  );
}
