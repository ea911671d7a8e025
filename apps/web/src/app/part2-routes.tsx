import type { RouteObject } from 'react-router';

/**
 * Part 2's screens (the board, the auditor, the administrator, the notice board), kept in their own
 * module so part 1's router changes only where it includes these lists.
 */
export const part2Routes: RouteObject[] = [
  { path: '/meetings/:meetingId', lazy: () => import('./routes/meeting-room').then((m) => ({ Component: m.MeetingRoomRoute })) },
  { path: '/meetings', lazy: () => import('./routes/board').then((m) => ({ Component: m.MyMeetingsRoute })) },
  { path: '/meetings/:meetingId/minutes', lazy: () => import('./routes/board').then((m) => ({ Component: m.AttestMinutesRoute })) },
  { path: '/planning', lazy: () => import('./routes/plan-meeting').then((m) => ({ Component: m.PlanMeetingsRoute })) },
  { path: '/planning/:meetingId', lazy: () => import('./routes/plan-meeting').then((m) => ({ Component: m.PlanAgendaRoute })) },
  // The auditor's and the administrator's screens (issue 14 §3–4).
  { path: '/cases/:applicationId/timeline', lazy: () => import('./routes/audit-admin').then((m) => ({ Component: m.CaseTimelineRoute })) },
  { path: '/audit', lazy: () => import('./routes/audit-admin').then((m) => ({ Component: m.AuditTrailRoute })) },
  { path: '/audit/decisions', lazy: () => import('./routes/audit-admin').then((m) => ({ Component: m.DecisionsUnderPolicyRoute })) },
  { path: '/administration/board', lazy: () => import('./routes/audit-admin').then((m) => ({ Component: m.BoardCompositionRoute })) },
  { path: '/administration/policy', lazy: () => import('./routes/audit-admin').then((m) => ({ Component: m.PolicyAdminRoute })) },
  { path: '/administration/reminders', lazy: () => import('./routes/audit-admin').then((m) => ({ Component: m.RemindersAdminRoute })) },
];

/** Part 2's pages open without sign-in. */
export const publicPart2Routes: RouteObject[] = [
  { path: '/anslagstavla/:tenant', lazy: () => import('./routes/notice-board').then((m) => ({ Component: m.NoticeBoardRoute })) },
];
