import { useParams } from 'react-router';
import { ApplicationsPage } from '../../features/my-applications';
import { NewApplicationPage, ReviseApplicationPage } from '../../features/submit-application';
import { useSession } from '../../lib/auth/use-session';

export function ApplicationsRoute() {
  const user = useSession();
  return <ApplicationsPage own={user?.roles.every((r) => r === 'applicant') ?? false} />;
}

export function NewApplicationRoute() {
  const user = useSession();
  return <NewApplicationPage userId={user?.userId ?? ''} />;
}

export function ReviseRoute() {
  const { applicationId = '' } = useParams();
  return <ReviseApplicationPage applicationId={applicationId} />;
}
