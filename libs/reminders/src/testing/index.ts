// Test helpers of this lib for other libs' specs, tools and bench: import '@beslutskedjan/<lib>/testing'.
export { redisUnavailable, testRedisUrl } from './redis-check.js';
export type { TestFact } from './reminder-fixtures.js';
export { startSmtpSink } from './smtp-sink.js';
export type { ReceivedMail, SmtpSink } from './smtp-sink.js';
export {
  agendaItemAdded,
  appendFacts,
  appointed,
  caseTaken,
  content,
  fact,
  funded,
  itemOpened,
  meetingClosed,
  meetingOpened,
  meetingScheduled,
  membershipEnded,
  minutesAttested,
  recommended,
  reportSubmitted,
  revised,
  seat,
  submitted,
  supplementRequested,
  voteCast,
} from './reminder-fixtures.js';
