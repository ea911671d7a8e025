export { NotificationsPage } from './components/notifications-page';
export { useGetNotifications } from './api/notifications';
