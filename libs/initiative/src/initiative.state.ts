import { assertNever } from '@beslutskedjan/shared';
import type {
  FollowUpItem,
  FollowUpReportReviewed,
  FollowUpReportSubmitted,
  FollowUpRescheduled,
  FollowUpWaived,
  InitiativeClosed,
  InitiativeEvent,
  InitiativeFunded,
} from './initiative.events.js';

/** Where one item of the follow-up plan stands. `returned`: sent back for completion, due again. */
export const FOLLOW_UP_ITEM_STATUSES = ['due', 'submitted', 'accepted', 'returned', 'waived'] as const;
export type FollowUpItemStatus = (typeof FOLLOW_UP_ITEM_STATUSES)[number];

/** What happened to one item, in order: the plan's own events, as recorded. */
export type FollowUpItemEvent = FollowUpRescheduled | FollowUpWaived | FollowUpReportSubmitted | FollowUpReportReviewed;

export interface FollowUpRecord {
  n: number;
  kind: FollowUpItem['kind'];
  /** The due date in the approved plan; never changes. */
  originalDueDate: string;
  /** After reschedules and returns. */
  dueDate: string;
  status: FollowUpItemStatus;
  /** Reports submitted for this item so far. */
  submissions: number;
  history: FollowUpItemEvent[];
}

interface InitiativeFile {
  funding: InitiativeFunded['data'];
  /** In plan order; `n` is unique. */
  items: FollowUpRecord[];
}

/** A funded initiative (insats): followed up while `funded`, finished once `closed`. */
export type InitiativeState =
  | { status: 'none' }
  | ({ status: 'funded' } & InitiativeFile)
  | ({ status: 'closed' } & InitiativeFile & { closure: Omit<InitiativeClosed['data'], 'initiativeId'> });

export type ExistingInitiative = Exclude<InitiativeState, { status: 'none' }>;

export const initialInitiativeState = (): InitiativeState => ({ status: 'none' });

export function evolveInitiative(state: InitiativeState, event: InitiativeEvent): InitiativeState {
  switch (event.type) {
    case 'InitiativeFunded':
      return state.status === 'none' ? { status: 'funded', funding: event.data, items: planItems(event.data) } : state;
    case 'FollowUpRescheduled':
      return updateItem(state, event, (item) => ({ ...item, dueDate: event.data.to }));
    case 'FollowUpWaived':
      return updateItem(state, event, (item) => ({ ...item, status: 'waived' }));
    case 'FollowUpReportSubmitted':
      return updateItem(state, event, (item) => ({ ...item, status: 'submitted', submissions: event.data.submission }));
    case 'FollowUpReportReviewed':
      return updateItem(state, event, (item) =>
        event.data.verdict === 'accepted'
          ? { ...item, status: 'accepted' }
          : { ...item, status: 'returned', dueDate: event.data.newDueDate ?? item.dueDate },
      );
    case 'InitiativeClosed': {
      if (state.status !== 'funded') return state;
      const { initiativeId: _, ...closure } = event.data;
      return { ...state, status: 'closed', closure };
    }
    default:
      return assertNever(event);
  }
}

function planItems(funding: InitiativeFunded['data']): FollowUpRecord[] {
  const seen = new Set<number>();
  return funding.terms.followUpPlan.items.flatMap((item) => {
    if (seen.has(item.n)) return [];
    seen.add(item.n);
    return [
      {
        n: item.n,
        kind: item.kind,
        originalDueDate: item.dueDate,
        dueDate: item.dueDate,
        status: 'due' as const,
        submissions: 0,
        history: [],
      },
    ];
  });
}

function updateItem(state: InitiativeState, event: FollowUpItemEvent, change: (item: FollowUpRecord) => FollowUpRecord): InitiativeState {
  if (state.status === 'none') return state;
  return {
    ...state,
    items: state.items.map((item) => (item.n === event.data.n ? { ...change(item), history: [...item.history, event] } : item)),
  };
}
