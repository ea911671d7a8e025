import type { sv } from './sv';

/** The inbox's texts in English (namespace `inbox`). */
export const en: typeof sv = {
  title: 'Inbox',
  intro: 'What is waiting for you, the most urgent first. Each row leads to its case.',
  empty: 'Nothing is waiting for you right now.',
  since: 'since {{date}}',
  lateSince: 'late since {{date}}',
  dueOn: 'due {{date}}',
  groups: {
    late: 'Cases running late',
    followUps: 'Follow-ups to submit or review',
    new: 'New cases to prepare',
    supplementsReceived: 'Supplements received',
    preparing: 'In preparation',
    supplements: 'Awaiting a supplement',
    board: 'The board',
  },
  step: {
    due_soon: 'Soon',
    due_today: 'Now',
    overdue: 'Overdue',
  },
};
