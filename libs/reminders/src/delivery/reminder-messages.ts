import type { LocalisedText } from '../notifications/notification.events.js';
import type { FollowUpItemKind, ReminderIntent } from '../schedule/reminder-intent.js';

export interface ReminderMessage {
  title: LocalisedText;
  body: LocalisedText;
  /** Absolute: `${PUBLIC_URL}/…`. */
  link: string;
}

/** What each follow-up item is called, in the mails and the inbox. */
export const FOLLOW_UP_REPORT_NAMES: Record<FollowUpItemKind, LocalisedText> = {
  progress_report: { sv: 'Lägesrapport', en: 'Progress report' },
  final_report: { sv: 'Slutrapport', en: 'Final report' },
  finsam_registration: { sv: 'Registrering i Uppföljning Finsam', en: 'Registration in Uppföljning Finsam' },
};

/** The path of the page a reminder is about, under PUBLIC_URL. */
export function linkPath(intent: ReminderIntent): string {
  const s = intent.subject;
  if (s.applicationId !== undefined && s.meetingId === undefined)
    return `/cases/${encodeURIComponent(s.applicationId)}${s.n === undefined ? '' : '#uppfoljning'}`;
  if (s.meetingId !== undefined) return `/meetings/${encodeURIComponent(s.meetingId)}${s.itemNo === undefined ? '' : `#item-${s.itemNo}`}`;
  return '/policy';
}

/**
 * Swedish (of record) and English text of a reminder. Everything it says comes from the intent,
 * i.e. from the events; nothing here reads a clock.
 */
export function renderReminder(intent: ReminderIntent, publicUrl: string): ReminderMessage {
  const s = intent.subject;
  const link = `${publicUrl}${linkPath(intent)}`;
  const caseLabel = `${s.caseNumber ?? ''} ${s.title ?? ''}`.trim();
  const open = { sv: `Öppna: ${link}`, en: `Open: ${link}` };
  const text = (title: LocalisedText, sv: string, en: string): ReminderMessage => ({
    title,
    body: { sv: `${sv}\n\n${open.sv}`, en: `${en}\n\n${open.en}` },
    link,
  });
  const report = FOLLOW_UP_REPORT_NAMES[s.followUpKind ?? 'progress_report'];
  switch (intent.kind) {
    case 'case_to_prepare':
      return text(
        { sv: `Nytt ärende att bereda: ${caseLabel}`, en: `New case to prepare: ${caseLabel}` },
        `Ärende ${caseLabel} har kommit in och väntar på beredning.`,
        `Case ${caseLabel} has been submitted and is waiting to be prepared.`,
      );
    case 'preparation_late':
      return text(
        { sv: `Beredningen drar ut på tiden: ${caseLabel}`, en: `Preparation running late: ${caseLabel}` },
        `Ärende ${caseLabel} togs upp för beredning ${s.preparationStartedOn ?? ''} och har ännu inget förslag till beslut.`,
        `Case ${caseLabel} was taken for preparation on ${s.preparationStartedOn ?? ''} and still has no recommendation.`,
      );
    case 'supplement_received':
      return text(
        { sv: `Komplettering inkommen: ${caseLabel}`, en: `Supplement received: ${caseLabel}` },
        `Sökanden har kompletterat ärende ${caseLabel}. Beredningen kan fortsätta.`,
        `The applicant has supplemented case ${caseLabel}. Preparation can continue.`,
      );
    case 'follow_up_due_soon':
      return text(
        { sv: `${report.sv} ska lämnas senast ${s.dueDate}: ${caseLabel}`, en: `${report.en} due ${s.dueDate}: ${caseLabel}` },
        `${report.sv} (uppföljning ${s.n}) för insatsen ${caseLabel} ska lämnas senast ${s.dueDate}.`,
        `${report.en} (follow-up ${s.n}) for the initiative ${caseLabel} is due on ${s.dueDate}.`,
      );
    case 'follow_up_due_today':
      return text(
        { sv: `${report.sv} ska lämnas i dag: ${caseLabel}`, en: `${report.en} due today: ${caseLabel}` },
        `${report.sv} (uppföljning ${s.n}) för insatsen ${caseLabel} ska lämnas i dag, ${s.dueDate}.`,
        `${report.en} (follow-up ${s.n}) for the initiative ${caseLabel} is due today, ${s.dueDate}.`,
      );
    case 'follow_up_overdue':
      return text(
        { sv: `Försenad uppföljning: ${caseLabel}`, en: `Follow-up overdue: ${caseLabel}` },
        `${report.sv} (uppföljning ${s.n}) för insatsen ${caseLabel} skulle ha lämnats senast ${s.dueDate} och har inte kommit in. Styrelsen informeras.`,
        `${report.en} (follow-up ${s.n}) for the initiative ${caseLabel} was due on ${s.dueDate} and has not been submitted. The board is informed.`,
      );
    case 'meeting_agenda': {
      const items = (s.agenda ?? []).map((i) => `§ ${i.itemNo} ${i.caseNumber} ${i.title}`).join('\n');
      return text(
        { sv: `Kallelse: ${s.meetingLabel} (${s.meetingDate})`, en: `Agenda: ${s.meetingLabel} (${s.meetingDate})` },
        `Styrelsemöte ${s.meetingDate}. Ärenden på dagordningen:\n${items}`,
        `Board meeting on ${s.meetingDate}. Items on the agenda:\n${items}`,
      );
    }
    case 'vote_pending':
      return text(
        { sv: `Din röst saknas: § ${s.itemNo} ${caseLabel}`, en: `Your vote is missing: item ${s.itemNo} ${caseLabel}` },
        `Du har ännu inte röstat i § ${s.itemNo} ${caseLabel} (${s.meetingLabel}).`,
        `You have not yet voted on item ${s.itemNo} ${caseLabel} (${s.meetingLabel}).`,
      );
    case 'minutes_to_attest': {
      const as = s.attestAs === 'chair' ? { sv: 'ordförande', en: 'chair' } : { sv: 'justerare', en: 'adjuster' };
      return text(
        {
          sv: `Protokoll att justera: ${s.meetingLabel} (${s.meetingDate})`,
          en: `Minutes to attest: ${s.meetingLabel} (${s.meetingDate})`,
        },
        `Protokollet från ${s.meetingLabel} väntar på din justering som ${as.sv}. Besluten gäller först när protokollet är justerat.`,
        `The minutes of ${s.meetingLabel} are waiting for your attestation as ${as.en}. The decisions stand only once the minutes are attested.`,
      );
    }
    case 'policy_review': {
      const next = (s.year ?? 0) + 1;
      return text(
        { sv: `Årlig översyn av riktlinjer och handlingsplan ${s.year}`, en: `Yearly review of the policy and action plan ${s.year}` },
        `Dags att se över förbundets riktlinjer och handlingsplan inför att verksamhetsplanen för ${next} fastställs.`,
        `Time to review the policy and the action plan (handlingsplan) before the plan of operations for ${next} is adopted.`,
      );
    }
  }
}
