/** The notice board's texts in Swedish (namespace `noticeBoard`); en.ts must have the same keys. */
export const sv = {
  title: 'Anslagstavla – {{forbund}}',
  intro:
    'Här anslås justerade protokoll från styrelsens sammanträden. Den som är medlem i en kommun eller region som ingår i förbundet kan begära laglighetsprövning hos förvaltningsrätten inom tre veckor från den dag då anslaget sattes upp.',
  feed: 'Prenumerera på anslagstavlan (Atom-flöde)',
  empty: 'Inga protokoll är anslagna.',
  meetingDate: 'Sammanträdesdatum',
  attestedOn: 'Protokollet justerades',
  postedOn: 'Anslaget sattes upp',
  appealEndsOn: 'Sista dag att överklaga',
  keptAt: 'Förvaringsplats för protokollet',
  decisions: 'Beslut',
  paragraph: '§',
  caseNumber: 'Diarienummer',
  matter: 'Ärende',
  outcome: 'Beslut',
  legalForce: 'Laga kraft',
  kinds: { reported_delegated_decision: 'Anmält delegationsbeslut' },
  outcomes: { approved: 'Bifall', rejected: 'Avslag', referred_back: 'Återremiss', tabled: 'Bordläggning', none: '–' },
  force: {
    not_posted: 'Ej anslaget',
    appeal_window: 'Överklagandetiden löper till {{appealEndsOn}}; laga kraft {{legalForceOn}} om inget överklagande kommer in',
    legal_force: 'Vann laga kraft {{legalForceOn}}',
    appealed: 'Överklagat till {{court}} (mål {{courtCaseNumber}})',
  },
};
