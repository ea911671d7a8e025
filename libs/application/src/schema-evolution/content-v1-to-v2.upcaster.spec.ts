import { type StoredEvent, Upcasters } from '@beslutskedjan/event-store';
import { applicationUpcasters } from '@beslutskedjan/audit';
import { applicationSubmittedV0 as stored2012 } from '@beslutskedjan/audit/testing';
import { currentPolicyRules } from '@beslutskedjan/policy';
import { applicationDecider } from '../application.decider.js';
import type { ApplicationEvent } from '../application.events.js';
import { latestRevision } from '../application.state.js';
import { screenApplication } from '../screening/screen-application.js';
import storedV1 from './fixtures/application-submitted.v1.json' with { type: 'json' };
import { applicationContentUpcasters } from './content-v1-to-v2.upcaster.js';

const upcasters = new Upcasters([...applicationUpcasters, ...applicationContentUpcasters]);
const asStored = (json: object): StoredEvent => ({ ...json, position: 1n }) as StoredEvent;
const fold = (stored: StoredEvent) =>
  applicationDecider.evolve(applicationDecider.initialState(), upcasters.apply(stored) as unknown as ApplicationEvent);

describe('ApplicationSubmitted v1 (as stored before registered parties), loaded through the upcasters', () => {
  it('is lifted to version 2: what v1 did not ask stays unknown, the money recipient becomes the party it named', () => {
    const lifted = upcasters.apply(asStored(storedV1));
    expect(lifted.metadata.schemaVersion).toBe(2);
    expect((lifted.data as { content: object }).content).toMatchObject({
      aims: null,
      answers: null,
      staffEmployer: null,
      cooperatingMembers: [],
      applicant: { memberKind: 'kommun', unit: null },
      provider: { organisationNumber: '212000-0142', relation: 'own_operation', isMember: true, asfStatus: null },
      fundingRecipient: { organisationNumber: '212000-0142', role: 'member' },
    });
  });

  it('folds as a submitted case and no longer reads the municipality in its own operation as "the provider applies itself"', () => {
    const state = fold(asStored(storedV1));
    if (state.status === 'none') throw new Error('expected a case');
    const ref = { policyId: 'asf', revision: 4, title: 'Riktlinjer' };
    const result = screenApplication(latestRevision(state).content, [{ ref, rules: currentPolicyRules() }], '2026-02-10');
    expect(result.findings.map((f) => f.ruleId)).toEqual([]);
    expect(result.blocking).toBe(false);
  });

  it('lifts a v0 event (2012) through both steps to version 2', () => {
    const lifted = upcasters.apply(asStored(stored2012));
    expect(lifted.metadata.schemaVersion).toBe(2);
    expect((lifted.data as { content: { budget: unknown; answers: unknown } }).content).toMatchObject({
      budget: [{ year: 2012, amountSek: 150000 }],
      answers: null,
    });
  });

  it('lifts a v1 ApplicationRevised the same way, and the case folds with both revisions', () => {
    const v1 = storedV1.data;
    const revised = asStored({
      ...storedV1,
      revision: 1,
      type: 'ApplicationRevised',
      data: {
        applicationId: v1.applicationId,
        revision: 2,
        content: { ...v1.content, fundingRecipient: 'provider' },
        inResponseTo: null,
        revisedBy: 'u-applicant',
        revisedAt: '2026-02-12T09:00:00.000Z',
      },
    });
    const lifted = upcasters.apply(revised);
    expect(lifted.metadata.schemaVersion).toBe(2);
    const state = applicationDecider.evolve(fold(asStored(storedV1)), lifted as unknown as ApplicationEvent);
    if (state.status === 'none') throw new Error('expected a case');
    expect(latestRevision(state)).toMatchObject({
      revision: 2,
      content: { fundingRecipient: { organisationNumber: '212000-0142', role: 'member' } },
    });
  });

  it('leaves the stored event untouched (old facts are never rewritten)', () => {
    const original = asStored(storedV1);
    upcasters.apply(original);
    expect(original.metadata.schemaVersion).toBe(1);
    expect((original.data as { content: { fundingRecipient: unknown } }).content.fundingRecipient).toBe('procuring_member');
  });
});
