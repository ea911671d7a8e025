export { CaseOverview } from './components/case-overview';
