import { content, ORG } from '../testing/application-fixtures.js';
import { upcastContentV1 } from '../schema-evolution/content-v1-to-v2.upcaster.js';
import { deriveFacts } from './derive-facts.js';

describe('deriveFacts', () => {
  it('derives the policy facts from the parties and the answers, not only from the kind', () => {
    expect(deriveFacts(content())).toEqual({
      'initiative.category': 'individual',
      'initiative.kind': 'supervisor_at_asf',
      'funding.throughProcuringMember': true,
      'funding.toProvider': false,
      'applicant.isMember': true,
      'provider.isApplicant': false,
      'provider.isAsf': true,
      'provider.isMember': false,
      'provider.asfStatus': 'assessed_asf',
      'staff.employedByMember': true,
      'procuringMember.takesPart': true,
      'members.count': 2,
      'answers.grantToBusiness': false,
      'answers.aimedAtAsfStaff': false,
      'answers.startsOrDevelopsAsf': false,
      'answers.paysMembershipFees': false,
      targetGroups: ['newly_arrived_refugees'],
      'budget.totalSek': 80_000,
    });
  });

  it('a municipality doing the work in its own operation is not "the provider applying itself"', () => {
    const kommun = content().procuringMember;
    const facts = deriveFacts(
      content({
        provider: {
          name: kommun.name,
          organisationNumber: ORG.kommun,
          isAsf: false,
          relation: 'own_operation',
          isMember: true,
          asfStatus: null,
        },
      }),
    );
    expect(facts['provider.isApplicant']).toBe(false);
  });

  it('sees an ASF applying itself, paid directly (version 1 content), as a non-member provider that is the applicant', () => {
    const facts = deriveFacts(
      upcastContentV1({
        ...content(),
        applicant: { name: 'Kafé Gemenskap', organisationNumber: ORG.asf, memberKind: null },
        provider: { name: 'Kafé Gemenskap', organisationNumber: ORG.asf, isAsf: true, relation: 'agreement' },
        fundingRecipient: 'provider',
      }),
    );
    expect(facts['applicant.isMember']).toBe(false);
    expect(facts['provider.isApplicant']).toBe(true);
    expect(facts['funding.throughProcuringMember']).toBe(false);
    expect(facts['funding.toProvider']).toBe(true);
    expect(facts['answers.grantToBusiness']).toBeUndefined();
  });

  it('leaves out staff facts when no staff is funded', () => {
    expect(deriveFacts(content({ staffEmployer: null }))['staff.employedByMember']).toBeUndefined();
  });
});
