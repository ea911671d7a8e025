import type { sv, svProblems } from './sv';

/** Planning a board meeting, in English (namespace `plan-meeting`). */
export const en: typeof sv = {
  list: {
    title: 'Plan board meetings',
    intro:
      "Here you call the board's meetings and put prepared cases on the agenda. Members and substitutes see the meeting, the notice of meeting and the papers under My meetings as soon as it is called.",
    planned: 'Meetings not yet held',
    none: 'No meetings have been called.',
    meta: '{{date}} · {{location}} · {{count}} items',
    noLocation: 'no place given',
    agendaLink: 'Agenda of {{label}}',
    status: { scheduled: 'Called', open: 'In session', closed: 'Closed', attested: 'Attested' },
  },
  schedule: {
    title: 'Call a meeting',
    label: 'Name',
    labelHint: 'For example Board meeting 2027-02-11',
    date: 'Date',
    time: 'Time',
    timeHint: 'HH:MM, for example 13:00 (optional)',
    location: 'Place',
    locationHint: 'Optional',
    submit: 'Call the meeting',
  },
  agenda: {
    title: 'Agenda: {{label}}',
    back: 'To all meetings',
    meta: '{{date}} · {{location}}',
    scheduled: 'The meeting has been called. Members see changes to the agenda at once.',
    kallelse: 'Notice of {{label}} (PDF)',
    items: 'Agenda',
    noItems: 'No items on the agenda yet.',
    item: '§ {{itemNo}} {{title}}',
    caseNumber: 'Case {{caseNumber}}',
    recommendation: { approve: 'Recommendation: approve', reject: 'Recommendation: reject' },
    reported: 'Delegated decision reported',
    remove: 'Remove § {{itemNo}} from the agenda',
    removed: '§ {{itemNo}} has been removed from the agenda.',
    added: '{{caseNumber}} has been put on the agenda.',
    toDecide: "Prepared cases waiting for the board's decision",
    noneToDecide: 'No prepared cases are waiting for a meeting.',
    add: 'Put {{caseNumber}} on the agenda',
    toReport: 'Delegated decisions to report',
    noneToReport: 'No delegated decisions are waiting to be reported.',
    report: 'Report {{caseNumber}} to the meeting',
    decided: { approved: 'Approved', rejected: 'Rejected' },
    decidedOn: 'decided {{date}}',
    amount: 'Amount {{amount}}',
    order:
      'Items are taken in the order they were put on the agenda. A removed item’s number is not used again, so the numbers in a notice already sent stay right.',
  },
};

/** The API's reasons for refusing a change of the agenda, shown by the shared problem alert. */
export const enProblems: typeof svProblems = {
  MEETING_ALREADY_OPENED: 'The meeting has been opened; now only the board itself can table the case or refer it back.',
  AGENDA_CLOSED: 'The meeting is closed; its agenda cannot change.',
  CASE_ALREADY_ON_AGENDA: 'The case is already on the agenda.',
  CASE_ON_ANOTHER_AGENDA: "The case is on another meeting's agenda and that meeting has not finished with it.",
  CASE_NOT_RECOMMENDED: 'The case has no recommendation for the board to decide on.',
  NOT_A_DELEGATED_DECISION: 'The case was not decided under delegation.',
  ITEM_NOT_FOUND: 'The agenda has no such item.',
  MEETING_NOT_FOUND: 'The meeting does not exist in this förbund.',
};
