/** Inbox titles, Swedish first; the English is for the language switch, not a translation of record. */
export interface InboxTitle {
  sv: string;
  en: string;
}

const caseLabel = (caseNumber: string, title: string) => `${caseNumber} ${title}`;

export const inboxTitles = {
  caseToPrepare: (caseNumber: string, title: string): InboxTitle => ({
    sv: `Nytt ärende att bereda: ${caseLabel(caseNumber, title)}`,
    en: `New case to prepare: ${caseLabel(caseNumber, title)}`,
  }),
  caseInPreparation: (caseNumber: string, title: string): InboxTitle => ({
    sv: `Ärende under beredning: ${caseLabel(caseNumber, title)}`,
    en: `Case in preparation: ${caseLabel(caseNumber, title)}`,
  }),
  supplementReceived: (caseNumber: string, title: string): InboxTitle => ({
    sv: `Komplettering inkommen: ${caseLabel(caseNumber, title)}`,
    en: `Supplement received: ${caseLabel(caseNumber, title)}`,
  }),
  supplementPending: (caseNumber: string, title: string, dueDate: string | null): InboxTitle => ({
    sv: `Väntar på komplettering: ${caseLabel(caseNumber, title)}${dueDate === null ? '' : ` (senast ${dueDate})`}`,
    en: `Awaiting supplement: ${caseLabel(caseNumber, title)}${dueDate === null ? '' : ` (due ${dueDate})`}`,
  }),
  caseReadyForAgenda: (caseNumber: string, title: string): InboxTitle => ({
    sv: `Klart för dagordningen: ${caseLabel(caseNumber, title)}`,
    en: `Ready for the agenda: ${caseLabel(caseNumber, title)}`,
  }),
  votePending: (itemNo: number, caseNumber: string, title: string, meetingLabel: string): InboxTitle => ({
    sv: `Din röst saknas: § ${itemNo} ${caseLabel(caseNumber, title)} (${meetingLabel})`,
    en: `Your vote is missing: item ${itemNo} ${caseLabel(caseNumber, title)} (${meetingLabel})`,
  }),
  meetingUpcoming: (label: string, date: string): InboxTitle => ({
    sv: `Kommande styrelsemöte ${date}: ${label}`,
    en: `Upcoming board meeting ${date}: ${label}`,
  }),
  minutesToAttest: (label: string, date: string, as: 'chair' | 'adjuster'): InboxTitle => ({
    sv: `Protokoll att justera${as === 'chair' ? ' som ordförande' : ' som justerare'}: ${label} (${date})`,
    en: `Minutes to attest${as === 'chair' ? ' as chair' : ' as adjuster'}: ${label} (${date})`,
  }),
  caseRunningLate: (caseNumber: string, title: string, startedOn: string): InboxTitle => ({
    sv: `Beredningen drar ut på tiden: ${caseLabel(caseNumber, title)} (påbörjad ${startedOn})`,
    en: `Preparation running late: ${caseLabel(caseNumber, title)} (started ${startedOn})`,
  }),
  /** `report` names the item (Lägesrapport, Slutrapport …); `step` is the reminder that fell due last. */
  followUpDue: (
    report: InboxTitle,
    caseNumber: string,
    title: string,
    dueDate: string,
    step: 'due_soon' | 'due_today' | 'overdue',
    today: string,
  ): InboxTitle => {
    const label = caseLabel(caseNumber, title);
    if (step === 'overdue')
      return {
        sv: `Försenad uppföljning: ${report.sv} skulle ha lämnats senast ${dueDate}, styrelsen är informerad: ${label}`,
        en: `Follow-up overdue: ${report.en} was due ${dueDate}, the board is informed: ${label}`,
      };
    if (step === 'due_today' && today > dueDate)
      return { sv: `${report.sv} skulle ha lämnats senast ${dueDate}: ${label}`, en: `${report.en} was due ${dueDate}: ${label}` };
    if (step === 'due_today') return { sv: `${report.sv} ska lämnas i dag: ${label}`, en: `${report.en} due today: ${label}` };
    return { sv: `${report.sv} ska lämnas senast ${dueDate}: ${label}`, en: `${report.en} due ${dueDate}: ${label}` };
  },
};
