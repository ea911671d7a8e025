import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import type { RecommendationMade } from '../application.events.js';
import { blockingRuleIds, budgetTotalSek, latestRevision, type ApplicationState } from '../application.state.js';
import type { ApprovalTerms } from '../application.types.js';
import { assertPreparer, existing, requireText } from '../application.guards.js';
import { termsFor } from '../approval-terms.js';

export type Recommend = Command<
  'Recommend',
  {
    applicationId: string;
    recommendation: 'approve' | 'reject';
    motivation: string;
    /** Required when recommending approval. */
    terms?: ApprovalTerms | null;
    /** Required when recommending approval despite blocking findings. */
    override?: { motivation: string } | null;
  }
>;

/**
 * The preparer's recommendation (förslag till beslut). Approving against a blocking finding is the
 * board's call, so the recommendation must say why, and the event names the rules overridden.
 */
export function recommend(command: Recommend, state: ApplicationState): RecommendationMade[] {
  const { applicationId, recommendation } = command.data;
  const application = existing(state, applicationId);
  if (application.status === 'awaiting_supplement') {
    throw new DomainRuleError('SUPPLEMENT_PENDING', 'A supplement request is still open', {
      applicationId,
      requestId: application.supplementRequest.requestId,
    });
  }
  if (application.status !== 'in_preparation') {
    throw new DomainRuleError('NOT_IN_PREPARATION', `An application that is ${application.status} cannot be recommended`, {
      applicationId,
      status: application.status,
    });
  }
  assertPreparer(application.preparedBy, command.metadata, applicationId);
  const motivation = requireText(command.data.motivation, 'MOTIVATION_REQUIRED', 'The motivation');
  const revision = latestRevision(application);
  const terms = termsFor(recommendation, command.data.terms, budgetTotalSek(revision.content));
  const blocking = recommendation === 'approve' ? blockingRuleIds(application) : [];
  let override: RecommendationMade['data']['override'] = null;
  if (blocking.length > 0) {
    const overrideMotivation = command.data.override?.motivation.trim() ?? '';
    if (overrideMotivation === '') {
      throw new DomainRuleError('OVERRIDE_MOTIVATION_REQUIRED', 'Recommending approval despite blocking findings needs a motivation', {
        ruleIds: blocking,
      });
    }
    override = { motivation: overrideMotivation, ruleIds: blocking };
  }
  return [
    {
      type: 'RecommendationMade',
      data: {
        applicationId,
        recommendation,
        motivation,
        terms,
        override,
        basedOnRevision: revision.revision,
        recommendedBy: command.metadata.actor.userId,
      },
    },
  ];
}
