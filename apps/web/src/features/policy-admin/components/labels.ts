import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';

/** The label of an API field path of the policy commands (`rules.rules[0].severity` is a rule's field: "Regler"). */
export function useFieldLabel() {
  const { t } = useTranslation(NS);
  return (path: string) => {
    const top = path.split('.')[0]!.replace(/\[\d+\]/g, '');
    const label = t(`fields.${top}`, { defaultValue: top });
    return path.includes('.') || path.includes('[') ? `${label} (${path})` : label;
  };
}
