import type { sv } from './sv';

/** The notice board's texts in English (namespace `noticeBoard`). */
export const en: typeof sv = {
  title: 'Notice board – {{forbund}}',
  intro:
    "Attested minutes of the board's meetings are posted here. A member of a municipality or region in the association may appeal a decision to the administrative court (laglighetsprövning) within three weeks of the day the notice was posted.",
  feed: 'Subscribe to the notice board (Atom feed)',
  empty: 'No minutes are posted.',
  meetingDate: 'Meeting date',
  attestedOn: 'Minutes attested',
  postedOn: 'Notice posted',
  appealEndsOn: 'Last day to appeal',
  keptAt: 'Where the minutes are kept',
  decisions: 'Decisions',
  paragraph: '§',
  caseNumber: 'Case number',
  matter: 'Matter',
  outcome: 'Decision',
  legalForce: 'Legal force',
  kinds: { reported_delegated_decision: 'Reported delegated decision' },
  outcomes: { approved: 'Approved', rejected: 'Rejected', referred_back: 'Referred back', tabled: 'Tabled', none: '–' },
  force: {
    not_posted: 'Not posted',
    appeal_window: 'Open to appeal until {{appealEndsOn}}; legal force on {{legalForceOn}} unless appealed',
    legal_force: 'Gained legal force on {{legalForceOn}}',
    appealed: 'Appealed to {{court}} (case {{courtCaseNumber}})',
  },
};
