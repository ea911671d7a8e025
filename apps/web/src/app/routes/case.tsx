import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CaseLegalForce } from '../../features/board';
import { PreparationPanel, ProviderChecklist } from '../../features/prepare-case';
import { CaseOverview } from '../../features/view-case';
import { useSession } from '../../lib/auth/use-session';

/** The case page: the director's preparation tools and the assessable ASF checklist are added for the director role only. */
export function CaseRoute() {
  const { applicationId = '' } = useParams();
  const user = useSession();
  const { t } = useTranslation();
  const director = user?.roles.includes('director') ?? false;
  const applicant = user?.roles.every((r) => r === 'applicant') ?? false;
  // Who may read the provider's checklist is the API's getProviderChecklist; only the director assesses.
  const readsChecklist = user?.roles.some((r) => ['director', 'chair', 'board_member', 'auditor'].includes(r)) ?? false;
  return (
    <>
      <CaseOverview
        key={applicationId}
        applicationId={applicationId}
        applicant={applicant}
        {...(director ? { staffTools: (detail) => <PreparationPanel detail={detail} /> } : {})}
        {...(readsChecklist ? { checklist: (detail) => <ProviderChecklist detail={detail} editable={director} /> } : {})}
      />
      {applicant ? null : <CaseLegalForce key={`legal-force-${applicationId}`} applicationId={applicationId} />}
      {/* Everyone who may read the case's timeline (not the applicant) reaches it, with its date picker and exports, from here. */}
      {applicant ? null : (
        <p>
          <Link to={`/cases/${applicationId}/timeline`}>{t('auditAdminNav.caseTimeline')}</Link>
        </p>
      )}
    </>
  );
}
