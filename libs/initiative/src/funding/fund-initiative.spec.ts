import { deciderSpec } from '@beslutskedjan/shared/testing';
import type { InitiativeFunded } from '../initiative.events.js';
import { initiativeDecider } from '../initiative.decider.js';
import type { FundInitiative } from './fund-initiative.command.js';

const funded: InitiativeFunded['data'] = {
  initiativeId: 'app-1',
  applicationId: 'app-1',
  caseNumber: '2026/0001',
  title: 'Arbetsträning på ASF',
  procuringMember: { kind: 'kommun', name: 'Exempelstads kommun', organisationNumber: '212000-0001' },
  terms: { amountSek: 250000, period: { from: '2027-01-01', to: '2027-12-31' }, conditions: [], followUpPlan: { items: [] } },
  decidedBy: { kind: 'board', meetingId: 'm-1', itemNo: 1 },
  fundedOn: '2026-12-10',
  contactUserId: 'applicant-1',
};
const command = (data = funded): FundInitiative => ({
  type: 'FundInitiative',
  data,
  metadata: { now: '2026-12-10T10:00:00.000Z', actor: { userId: 'system', role: 'system' }, tenant: 'demo' },
});
const spec = deciderSpec(initiativeDecider);

describe('FundInitiative', () => {
  it('given nothing, when an approval stands, then the initiative is funded', () =>
    spec
      .given([])
      .when(command())
      .then([{ type: 'InitiativeFunded', data: funded }]));

  it('given the same funding, when delivered again, then nothing happens (reactions are at-least-once)', () =>
    spec
      .given([{ type: 'InitiativeFunded', data: funded }])
      .when(command())
      .then([]));

  it('given a closed initiative, when the same funding is delivered again, then nothing happens', () =>
    spec
      .given([
        { type: 'InitiativeFunded', data: funded },
        { type: 'InitiativeClosed', data: { initiativeId: 'app-1', closedOn: '2028-03-01', closedBy: 'd-1', summary: 'Klar.' } },
      ])
      .when(command())
      .then([]));

  it('given a funding, when another decision tries to fund it, then INITIATIVE_ALREADY_FUNDED', () =>
    spec
      .given([{ type: 'InitiativeFunded', data: funded }])
      .when(command({ ...funded, decidedBy: { kind: 'delegation', userId: 'd-2' } }))
      .thenThrows('INITIATIVE_ALREADY_FUNDED'));

  it('given nothing, when the amount is not positive, then AMOUNT_INVALID', () =>
    spec
      .given([])
      .when(command({ ...funded, terms: { ...funded.terms, amountSek: 0 } }))
      .thenThrows('AMOUNT_INVALID'));
});
