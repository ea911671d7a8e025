import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { NS } from '../i18n';

/** The auditor's two views. */
export function AuditNav() {
  const { t } = useTranslation(NS);
  return (
    <nav aria-label={t('navLabel')} className="subnav">
      <NavLink to="/audit" end>
        {t('verificationNav')}
      </NavLink>
      <NavLink to="/audit/decisions">{t('decisionsNav')}</NavLink>
    </nav>
  );
}
