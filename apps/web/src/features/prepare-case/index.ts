export { PreparationPanel } from './components/preparation-panel';
export { ProviderChecklist } from './components/provider-checklist';
