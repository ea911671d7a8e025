import { type StoredEvent, Upcasters } from '@beslutskedjan/event-store';
import { type ApplicationEvent, applicationDecider } from '@beslutskedjan/application';
import stored2012 from '../fixtures/application-submitted.v0.json' with { type: 'json' };
import { applicationUpcasters } from './application.upcasters.js';

const asStored = (): StoredEvent => ({ ...stored2012, position: 1n }) as StoredEvent;

describe('ApplicationSubmitted v0 (as stored in 2012)', () => {
  it('is lifted to version 1: the total becomes one budget line on the first year of the period', () => {
    const lifted = new Upcasters(applicationUpcasters).apply(asStored());
    expect(lifted.metadata.schemaVersion).toBe(1);
    const content = (lifted.data as { content: Record<string, unknown> }).content;
    expect(content.budget).toEqual([{ year: 2012, amountSek: 150000 }]);
    expect(content).not.toHaveProperty('budgetSek');
  });

  it('folds through the application decider as a submitted case', () => {
    const lifted = new Upcasters(applicationUpcasters).apply(asStored());
    const state = applicationDecider.evolve(applicationDecider.initialState(), lifted as unknown as ApplicationEvent);
    expect(state).toMatchObject({
      status: 'submitted',
      caseNumber: '2012/0007',
      revisions: [{ revision: 1, content: { title: 'Handledare på socialt företag', budget: [{ year: 2012, amountSek: 150000 }] } }],
    });
  });

  it('leaves the stored event itself untouched (old facts are never rewritten)', () => {
    const original = asStored();
    new Upcasters(applicationUpcasters).apply(original);
    expect((original.data as { content: Record<string, unknown> }).content.budgetSek).toBe(150000);
    expect(original.metadata.schemaVersion).toBe(0);
  });
});
