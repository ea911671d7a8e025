import type { Role } from '@beslutskedjan/shared';

export const ROLE_TEXT: Record<Role | 'system', string> = {
  applicant: 'sökande',
  // The role covers the förbundschef and the case officers (handläggare): name the office, not one title.
  director: 'förbundskansliet',
  board_member: 'ledamot',
  chair: 'ordförande',
  auditor: 'revisor',
  admin: 'administratör',
  operator: 'driftansvarig',
  system: 'system',
};

export const STATUS_TEXT: Record<string, string> = {
  submitted: 'Inkommen',
  in_preparation: 'Under beredning',
  awaiting_supplement: 'Väntar på komplettering',
  recommended: 'Förslag till beslut finns',
  decided: 'Beslutad',
  withdrawn: 'Återkallad',
};

export const MEMBER_TEXT: Record<string, string> = {
  kommun: 'kommun',
  region: 'region',
  arbetsformedlingen: 'Arbetsförmedlingen',
  forsakringskassan: 'Försäkringskassan',
};
