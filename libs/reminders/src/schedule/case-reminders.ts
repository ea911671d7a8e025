import type { ApplicationEvent } from '@beslutskedjan/application';
import { assertNever } from '@beslutskedjan/shared';
import { addDays, addMinutes, atSwedishTime, swedishDay } from './calendar.js';
import type { ReminderIntent } from './reminder-intent.js';
import type { ReminderTimings } from './reminder-timings.js';

/** What the director's reminders about one case need to know, folded from its application events. */
export interface CaseReminderState {
  subject: 'case';
  applicationId: string;
  caseNumber: string;
  title: string;
  submittedAt: string;
  status: 'submitted' | 'in_preparation' | 'awaiting_supplement' | 'recommended' | 'decided' | 'withdrawn';
  /** When the current preparation started: the case was taken, or referred back by the board. */
  preparationStartedAt: string | null;
  /** The latest revision answering a supplement request, until the director acts on it. */
  supplementReceived: { revision: number; at: string } | null;
}

export function evolveCase(state: CaseReminderState | null, event: ApplicationEvent, at: string): CaseReminderState | null {
  if (event.type === 'ApplicationSubmitted') {
    const { applicationId, caseNumber, content, submittedAt } = event.data;
    return (
      state ?? {
        subject: 'case',
        applicationId,
        caseNumber,
        title: content.title,
        submittedAt,
        status: 'submitted',
        preparationStartedAt: null,
        supplementReceived: null,
      }
    );
  }
  if (state === null) return null;
  switch (event.type) {
    case 'ApplicationRevised': {
      const answered = event.data.inResponseTo !== null;
      return {
        ...state,
        title: event.data.content.title,
        status: state.status === 'awaiting_supplement' ? 'in_preparation' : state.status,
        supplementReceived: answered ? { revision: event.data.revision, at: event.data.revisedAt } : state.supplementReceived,
      };
    }
    case 'ApplicationScreened':
      return state;
    case 'ApplicationWithdrawn':
      return { ...state, status: 'withdrawn', supplementReceived: null };
    case 'CaseTaken':
      return { ...state, status: 'in_preparation', preparationStartedAt: at };
    case 'SupplementRequested':
      return { ...state, status: 'awaiting_supplement', preparationStartedAt: state.preparationStartedAt ?? at, supplementReceived: null };
    case 'RecommendationMade':
      return { ...state, status: 'recommended', supplementReceived: null };
    case 'DecidedUnderDelegation':
      return { ...state, status: 'decided', supplementReceived: null };
    case 'BoardDecisionTookEffect':
      switch (event.data.outcome) {
        case 'approved':
        case 'rejected':
          return { ...state, status: 'decided' };
        case 'referred_back':
          // Återremiss: preparation starts over, and so does its clock.
          return { ...state, status: 'in_preparation', preparationStartedAt: at };
        case 'tabled':
          return state;
        default:
          return assertNever(event.data.outcome);
      }
    default:
      return assertNever(event);
  }
}

export function caseIntents(state: CaseReminderState, tenant: string, t: ReminderTimings): ReminderIntent[] {
  const id = `case-${state.applicationId}`;
  const subject = { applicationId: state.applicationId, caseNumber: state.caseNumber, title: state.title };
  const lapse = (dueAt: string) => addMinutes(dueAt, t.lapseAfterDays * 24 * 60);
  const intents: ReminderIntent[] = [];
  if (state.status === 'submitted') {
    intents.push({
      id: `${id}-to-prepare`,
      tenant,
      kind: 'case_to_prepare',
      dueAt: state.submittedAt,
      expiresAt: lapse(state.submittedAt),
      subject,
      audience: 'director',
    });
  }
  if ((state.status === 'in_preparation' || state.status === 'awaiting_supplement') && state.preparationStartedAt !== null) {
    const startedOn = swedishDay(state.preparationStartedAt);
    const dueAt = atSwedishTime(addDays(startedOn, t.preparationLateDays), t.sendAt);
    intents.push({
      id: `${id}-preparation-late-${startedOn}`,
      tenant,
      kind: 'preparation_late',
      dueAt,
      expiresAt: lapse(dueAt),
      subject: { ...subject, preparationStartedOn: startedOn },
      audience: 'director',
    });
  }
  if (state.status === 'in_preparation' && state.supplementReceived !== null) {
    const { revision, at } = state.supplementReceived;
    intents.push({
      id: `${id}-supplement-received-${revision}`,
      tenant,
      kind: 'supplement_received',
      dueAt: at,
      expiresAt: lapse(at),
      subject,
      audience: 'director',
    });
  }
  return intents;
}
