/** Planning a board meeting, in Swedish (namespace `plan-meeting`). en.ts has the same keys. */
export const sv = {
  list: {
    title: 'Planera sammanträden',
    intro:
      'Här utlyser du styrelsens sammanträden och sätter upp de beredda ärendena på föredragningslistan. Ledamöterna och ersättarna ser sammanträdet, kallelsen och handlingarna under Mina sammanträden så snart det är utlyst.',
    planned: 'Sammanträden som inte har hållits',
    none: 'Inga sammanträden är utlysta.',
    meta: '{{date}} · {{location}} · {{count}} ärenden',
    noLocation: 'plats ej angiven',
    agendaLink: 'Föredragningslistan för {{label}}',
    status: { scheduled: 'Kallat', open: 'Pågår', closed: 'Avslutat', attested: 'Justerat' },
  },
  schedule: {
    title: 'Utlys ett sammanträde',
    label: 'Benämning',
    labelHint: 'Till exempel Styrelsemöte 2027-02-11',
    date: 'Datum',
    time: 'Klockslag',
    timeHint: 'TT:MM, till exempel 13:00 (frivilligt)',
    location: 'Plats',
    locationHint: 'Frivilligt',
    submit: 'Utlys sammanträdet',
  },
  agenda: {
    title: 'Föredragningslista: {{label}}',
    back: 'Till alla sammanträden',
    meta: '{{date}} · {{location}}',
    scheduled: 'Sammanträdet är utlyst. Ändringar i föredragningslistan syns för ledamöterna direkt.',
    kallelse: 'Kallelse till {{label}} (PDF)',
    items: 'Föredragningslista',
    noItems: 'Inga ärenden på föredragningslistan än.',
    item: '§ {{itemNo}} {{title}}',
    caseNumber: 'Dnr {{caseNumber}}',
    recommendation: { approve: 'Förslag till beslut: bifall', reject: 'Förslag till beslut: avslag' },
    reported: 'Anmälan av delegationsbeslut',
    remove: 'Ta bort § {{itemNo}} från föredragningslistan',
    removed: '§ {{itemNo}} är borttagen från föredragningslistan.',
    added: '{{caseNumber}} är uppsatt på föredragningslistan.',
    toDecide: 'Beredda ärenden som väntar på styrelsens beslut',
    noneToDecide: 'Inga beredda ärenden väntar på ett sammanträde.',
    add: 'Sätt upp {{caseNumber}} på föredragningslistan',
    toReport: 'Delegationsbeslut att anmäla',
    noneToReport: 'Inga delegationsbeslut väntar på att anmälas.',
    report: 'Anmäl {{caseNumber}} på sammanträdet',
    decided: { approved: 'Beviljat', rejected: 'Avslaget' },
    decidedOn: 'beslutat {{date}}',
    amount: 'Belopp {{amount}}',
    order:
      'Ärendena behandlas i den ordning de sattes upp. Ett borttaget ärendes paragrafnummer används inte igen, så att numren i en utskickad kallelse fortsätter att stämma.',
  },
};

/**
 * The API's reasons for refusing a change of the agenda (its DETAIL_SV), so the shared problem alert
 * shows them in the reader's language whatever language the browser asks the API for.
 */
export const svProblems: Record<string, string> = {
  MEETING_ALREADY_OPENED: 'Sammanträdet har redan öppnats; nu kan bara styrelsen själv bordlägga eller återremittera ärendet.',
  AGENDA_CLOSED: 'Sammanträdet är avslutat; föredragningslistan kan inte ändras.',
  CASE_ALREADY_ON_AGENDA: 'Ärendet står redan på föredragningslistan.',
  CASE_ON_ANOTHER_AGENDA: 'Ärendet står på ett annat sammanträdes föredragningslista och är inte färdigbehandlat där.',
  CASE_NOT_RECOMMENDED: 'Ärendet har inget förslag till beslut att ta ställning till.',
  NOT_A_DELEGATED_DECISION: 'Ärendet är inte avgjort genom delegationsbeslut.',
  ITEM_NOT_FOUND: 'Punkten finns inte på föredragningslistan.',
  MEETING_NOT_FOUND: 'Sammanträdet finns inte i förbundet.',
};
