export { PreparationPanel } from './components/preparation-panel';
