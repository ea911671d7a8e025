import { latestAssessment, type MemberRegisterState, type ProviderRegisterState } from '../registers.state.js';
import { ASF_CRITERIA, type CriteriaAssessment, type RegisteredMember } from '../registers.types.js';
import { ASF_CRITERION_TEXT } from './asf-criteria.text.js';

export const listMembers = (state: MemberRegisterState): RegisteredMember[] =>
  Object.values(state.members).sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'sv'));

export interface ProviderView {
  organisationNumber: string;
  name: string;
  presentsAsAsf: boolean;
  registeredOn: string;
  /** 'assessed_asf': all four criteria met on the latest assessment; 'not_assessed' until the director checks. */
  asfStatus: 'assessed_asf' | 'assessed_not_asf' | 'not_assessed';
  latestAssessment: CriteriaAssessment | null;
  assessmentCount: number;
}

export const listProviders = (state: ProviderRegisterState): ProviderView[] =>
  Object.values(state.providers)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
    .map((p) => {
      const latest = latestAssessment(p);
      return {
        organisationNumber: p.organisationNumber,
        name: p.name,
        presentsAsAsf: p.presentsAsAsf,
        registeredOn: p.registeredOn,
        asfStatus: latest === null ? 'not_assessed' : latest.allMet ? 'assessed_asf' : 'assessed_not_asf',
        latestAssessment: latest,
        assessmentCount: p.assessments.length,
      };
    });

/** The checklist the director works through in preparation: each criterion, its source text and the latest answer. */
export function criteriaChecklist(state: ProviderRegisterState, organisationNumber: string) {
  const provider = state.providers[organisationNumber];
  if (provider === undefined) return null;
  const latest = latestAssessment(provider);
  return {
    organisationNumber,
    name: provider.name,
    presentsAsAsf: provider.presentsAsAsf,
    items: ASF_CRITERIA.map((criterion) => ({
      criterion,
      text: ASF_CRITERION_TEXT[criterion],
      answer: latest === null ? null : latest.criteria[criterion],
    })),
    assessedOn: latest?.assessedOn ?? null,
    source: latest?.source ?? null,
    policies: latest?.policies ?? [],
  };
}
