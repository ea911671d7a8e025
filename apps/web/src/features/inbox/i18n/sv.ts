/** The inbox's texts in Swedish (namespace `inbox`); en.ts must have the same keys. The rows' titles come from the API. */
export const sv = {
  title: 'Inkorg',
  intro: 'Det som väntar på dig, det mest brådskande först. Varje rad leder till sitt ärende.',
  empty: 'Inget väntar på dig just nu.',
  since: 'sedan {{date}}',
  lateSince: 'försenat sedan {{date}}',
  dueOn: 'ska lämnas senast {{date}}',
  groups: {
    late: 'Ärenden som drar ut på tiden',
    followUps: 'Uppföljningar att lämna eller granska',
    new: 'Nya ärenden att bereda',
    supplementsReceived: 'Inkomna kompletteringar',
    preparing: 'Under beredning',
    supplements: 'Väntar på komplettering',
    board: 'Styrelsen',
  },
  step: {
    due_soon: 'Snart',
    due_today: 'Nu',
    overdue: 'Försenad',
  },
};
