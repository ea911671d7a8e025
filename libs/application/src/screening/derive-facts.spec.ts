import { content, ORG } from '../testing/application-fixtures.js';
import { deriveFacts } from './derive-facts.js';

describe('deriveFacts', () => {
  it('derives the policy facts from the content', () => {
    expect(deriveFacts(content())).toEqual({
      'initiative.category': 'individual',
      'initiative.kind': 'supervisor_at_asf',
      'funding.throughProcuringMember': true,
      'applicant.isMember': true,
      'provider.isApplicant': false,
      'provider.isAsf': true,
      targetGroups: ['newly_arrived_refugees'],
      'budget.totalSek': 80_000,
    });
  });

  it('sees an ASF applying itself, paid directly, as a non-member provider that is the applicant', () => {
    const facts = deriveFacts(
      content({
        applicant: { name: 'Kafé Gemenskap', organisationNumber: '7696001234', memberKind: null },
        provider: { name: 'Kafé Gemenskap', organisationNumber: ORG.asf, isAsf: true, relation: 'own_operation' },
        fundingRecipient: 'provider',
      }),
    );
    expect(facts['applicant.isMember']).toBe(false);
    expect(facts['provider.isApplicant']).toBe(true);
    expect(facts['funding.throughProcuringMember']).toBe(false);
  });
});
