import { DomainRuleError } from '@beslutskedjan/shared';
import type { ApprovalTerms } from '@beslutskedjan/application';
import type { MotionKind } from '../meeting.events.js';
import type { AgendaItem, Outcome } from '../meeting.state.js';

export interface Adopted {
  outcome: Outcome;
  terms: ApprovalTerms | null;
  amended: boolean;
  motionNo: number | null;
}

const OUTCOME_OF: Record<MotionKind, Outcome> = {
  approve: 'approved',
  approve_amended: 'approved',
  reject: 'rejected',
  refer_back: 'referred_back',
  table: 'tabled',
};

/** A motion as kind and terms; motion 0 is the recommendation. */
function motionOf(item: AgendaItem, motionNo: number): { kind: MotionKind; terms: ApprovalTerms | null } {
  if (motionNo === 0) return { kind: item.case.recommendation === 'approve' ? 'approve' : 'reject', terms: null };
  const motion = item.motions.find((m) => m.motionNo === motionNo);
  if (motion === undefined) throw new DomainRuleError('MOTION_NOT_FOUND', `Item ${item.itemNo} has no motion ${motionNo}`, { motionNo });
  return { kind: motion.kind, terms: motion.terms };
}

/**
 * What the board decided: the adopted motion, or (a votering lost with no counter-motion) its
 * opposite. An approval without terms of its own takes the recommendation's.
 */
export function adoptedDecision(
  item: AgendaItem,
  how: 'motion' | 'opposite-of' | { kind: Outcome; terms: ApprovalTerms | null },
  motionNo: number | null,
): Adopted {
  if (typeof how === 'object') return withTerms(item, how.kind, how.terms, null);
  const motion = motionOf(item, motionNo ?? 0);
  if (how === 'motion') return withTerms(item, OUTCOME_OF[motion.kind], motion.terms, motionNo);
  switch (motion.kind) {
    case 'approve':
    case 'approve_amended':
      return withTerms(item, 'rejected', null, null);
    case 'reject':
      return withTerms(item, 'approved', null, null);
    default:
      throw new DomainRuleError(
        'QUESTION_UNRESOLVED',
        'The board voted down a referral back or tabling; put the question on the matter itself',
        {
          itemNo: item.itemNo,
        },
      );
  }
}

function withTerms(item: AgendaItem, outcome: Outcome, own: ApprovalTerms | null, motionNo: number | null): Adopted {
  if (outcome !== 'approved') return { outcome, terms: null, amended: false, motionNo };
  const terms = own ?? (item.case.recommendation === 'approve' ? item.case.terms : null);
  if (terms === null) {
    throw new DomainRuleError('TERMS_REQUIRED', 'Approving against a recommendation to reject needs terms', { itemNo: item.itemNo });
  }
  return { outcome, terms, amended: own !== null, motionNo };
}
