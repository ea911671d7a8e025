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
];

/** Part 2's pages open without sign-in. */
export const publicPart2Routes: RouteObject[] = [
  { path: '/anslagstavla/:tenant', lazy: () => import('./routes/notice-board').then((m) => ({ Component: m.NoticeBoardRoute })) },
];
