export { NotificationsPage as NotificationsRoute } from '../../features/notifications';
