import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';

/** The label of an API field path of the board commands. */
export function useFieldLabel() {
  const { t } = useTranslation(NS);
  return (path: string) => t(`fields.${path.split('.')[0]!.replace(/\[\d+\]/g, '')}`, { defaultValue: path });
}
