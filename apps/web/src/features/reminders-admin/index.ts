export { RemindersAdminPage } from './components/reminders-admin-page';
