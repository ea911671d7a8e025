export { CaseTimelinePage } from './components/case-timeline-page';
