import { Module } from '@nestjs/common';
import { CloseInitiativeHandler } from './closing/close-initiative.handler.js';
import { CloseInitiativeHttp } from './closing/close-initiative.http.js';
import { InitiativeQueriesHttp } from './read/initiative-queries.http.js';
import { RescheduleFollowUpHandler } from './rescheduling/reschedule-follow-up.handler.js';
import { RescheduleFollowUpHttp } from './rescheduling/reschedule-follow-up.http.js';
import { ReviewFollowUpReportHandler } from './reviewing-report/review-follow-up-report.handler.js';
import { ReviewFollowUpReportHttp } from './reviewing-report/review-follow-up-report.http.js';
import { SubmitFollowUpReportHandler } from './submitting-report/submit-follow-up-report.handler.js';
import { SubmitFollowUpReportHttp } from './submitting-report/submit-follow-up-report.http.js';
import { WaiveFollowUpHandler } from './waiving/waive-follow-up.handler.js';
import { WaiveFollowUpHttp } from './waiving/waive-follow-up.http.js';

export { initiativeProjections } from './read/index.js';

const commandHandlers = [
  SubmitFollowUpReportHandler,
  ReviewFollowUpReportHandler,
  RescheduleFollowUpHandler,
  WaiveFollowUpHandler,
  CloseInitiativeHandler,
];
const controllers = [
  SubmitFollowUpReportHttp,
  ReviewFollowUpReportHttp,
  RescheduleFollowUpHttp,
  WaiveFollowUpHttp,
  CloseInitiativeHttp,
  InitiativeQueriesHttp,
];

/** Funded initiatives (insatser): follow-up reports and their review, reschedules, waivers, closing, and the queries. */
@Module({ controllers, providers: [...commandHandlers] })
export class InitiativeModule {}
