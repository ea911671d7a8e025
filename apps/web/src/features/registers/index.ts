export { RegistersPage } from './components/registers-page';
