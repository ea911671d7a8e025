import { Module } from '@nestjs/common';
import { PolicyModule } from '@beslutskedjan/policy';
import { RegistersModule } from '@beslutskedjan/registers';
import { WhenDecidedUnderDelegationThenFundAndReport } from './automation/when-decided-under-delegation-then-fund-and-report.reaction.js';
import { WhenMeetingScheduledThenReportDelegatedDecisions } from './automation/when-meeting-scheduled-then-report-delegated-decisions.reaction.js';
import { WhenMinutesAttestedThenDecisionsTakeEffect } from './automation/when-minutes-attested-then-decisions-take-effect.reaction.js';
import { DecideUnderDelegationHandler } from './deciding-under-delegation/decide-under-delegation.handler.js';
import { DecideUnderDelegationHttp } from './deciding-under-delegation/decide-under-delegation.http.js';
import { ApplicationQueriesHttp } from './read/application-queries.http.js';
import { CaseRegisterHttp } from './case-register/read/case-register.http.js';
import { VoidUnusedCaseNumbers } from './case-register/voiding-unused/void-unused-case-numbers.service.js';
import { ProviderChecklistHttp } from './provider-checklist/provider-checklist.http.js';
import { ScreenOnDate } from './screening-on-a-date/screen-on-date.service.js';
import { ScreenOnDateHttp } from './screening-on-a-date/screen-on-date.http.js';
import { RecommendHandler } from './recommending/recommend.handler.js';
import { RecommendHttp } from './recommending/recommend.http.js';
import { RequestSupplementHandler } from './requesting-supplement/request-supplement.handler.js';
import { RequestSupplementHttp } from './requesting-supplement/request-supplement.http.js';
import { ReviseApplicationHandler } from './revising/revise-application.handler.js';
import { ReviseApplicationHttp } from './revising/revise-application.http.js';
import { SubmitApplicationHandler } from './submitting/submit-application.handler.js';
import { SubmitApplicationHttp } from './submitting/submit-application.http.js';
import { TakeCaseHandler } from './taking-case/take-case.handler.js';
import { TakeCaseHttp } from './taking-case/take-case.http.js';
import { WithdrawApplicationHandler } from './withdrawing/withdraw-application.handler.js';
import { WithdrawApplicationHttp } from './withdrawing/withdraw-application.http.js';

const commandHandlers = [
  SubmitApplicationHandler,
  ReviseApplicationHandler,
  WithdrawApplicationHandler,
  TakeCaseHandler,
  RequestSupplementHandler,
  RecommendHandler,
  DecideUnderDelegationHandler,
];
const controllers = [
  SubmitApplicationHttp,
  ReviseApplicationHttp,
  WithdrawApplicationHttp,
  TakeCaseHttp,
  RequestSupplementHttp,
  RecommendHttp,
  DecideUnderDelegationHttp,
  ApplicationQueriesHttp,
  ScreenOnDateHttp,
  ProviderChecklistHttp,
  CaseRegisterHttp,
];
const reactions = [
  WhenMinutesAttestedThenDecisionsTakeEffect,
  WhenDecidedUnderDelegationThenFundAndReport,
  WhenMeetingScheduledThenReportDelegatedDecisions,
];

/** Applications: submission, screening, preparation, delegated decisions, and the effects of board decisions. */
@Module({
  imports: [PolicyModule, RegistersModule],
  controllers,
  providers: [...commandHandlers, ...reactions, ScreenOnDate, VoidUnusedCaseNumbers],
})
export class ApplicationModule {}
