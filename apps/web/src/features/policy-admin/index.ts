export { PolicyAdminPage } from './components/policy-admin-page';
