import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The policy's three views. */
export function PolicyNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('policy.navLabel')} className="subnav">
      <NavLink to="/policy" end>
        {t('policy.inForce')}
      </NavLink>
      <NavLink to="/policy/versions">{t('policy.versions')}</NavLink>
      <NavLink to="/policy/diff">{t('policy.diff')}</NavLink>
    </nav>
  );
}
