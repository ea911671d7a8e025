import { PlanAgendaPage, PlanMeetingsPage } from '../../features/plan-meeting';

export const PlanMeetingsRoute = PlanMeetingsPage;
export const PlanAgendaRoute = PlanAgendaPage;
