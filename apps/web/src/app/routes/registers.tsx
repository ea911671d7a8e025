export { RegistersPage as RegistersRoute } from '../../features/registers';
