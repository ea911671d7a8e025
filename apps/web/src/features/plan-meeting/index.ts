export { PlanMeetingsPage } from './components/plan-meetings-page';
export { PlanAgendaPage } from './components/plan-agenda-page';
