import { useParams } from 'react-router';
import { CaseLegalForce } from '../../features/board';
import { PreparationPanel } from '../../features/prepare-case';
import { CaseOverview } from '../../features/view-case';
import { useSession } from '../../lib/auth/use-session';

/** The case page: the director's preparation tools are added for the director role only. */
export function CaseRoute() {
  const { applicationId = '' } = useParams();
  const user = useSession();
  const director = user?.roles.includes('director') ?? false;
  const applicant = user?.roles.every((r) => r === 'applicant') ?? false;
  return (
    <>
      <CaseOverview
        key={applicationId}
        applicationId={applicationId}
        applicant={applicant}
        {...(director ? { staffTools: (detail) => <PreparationPanel detail={detail} /> } : {})}
      />
      {applicant ? null : <CaseLegalForce key={`legal-force-${applicationId}`} applicationId={applicationId} />}
    </>
  );
}
