import { InboxPage } from '../../features/inbox';

export const InboxRoute = InboxPage;
