import type TestAgent from 'supertest/lib/agent.js';
import type { Response } from 'supertest';

/** A valid organisationsnummer from nine digits: the tenth is the Luhn check digit. */
export function orgNo(nine: string): string {
  const sum = [...nine].reduce((acc, ch, i) => {
    const d = Number(ch) * (i % 2 === 0 ? 2 : 1);
    return acc + (d > 9 ? d - 9 : d);
  }, 0);
  return `${nine.slice(0, 6)}-${nine.slice(6)}${(10 - (sum % 10)) % 10}`;
}

export const member = (kind: 'kommun' | 'region' | 'arbetsformedlingen' | 'forsakringskassan') =>
  ({
    kommun: { kind, name: 'Exempelstads kommun', organisationNumber: orgNo('212000014') },
    region: { kind, name: 'Region Exempel', organisationNumber: orgNo('232100000') },
    arbetsformedlingen: { kind, name: 'Arbetsförmedlingen', organisationNumber: orgNo('202100209') },
    forsakringskassan: { kind, name: 'Försäkringskassan', organisationNumber: orgNo('202100527') },
  })[kind];

const KOOPERATIVET = { name: 'Kooperativet Exempel ek. för.', organisationNumber: orgNo('769600123') };

/** The parties the fixtures name, as the demo tenant registers them (registerPartiesOverHttp does the same for a test tenant). */
export const REGISTERED = {
  members: (['kommun', 'region', 'arbetsformedlingen', 'forsakringskassan'] as const).map((kind) => ({
    ...member(kind),
    units: [{ code: kind === 'kommun' ? 'arbetsmarknadsenheten' : `${kind}-enhet`, name: `Enhet hos ${member(kind).name}` }],
  })),
  providers: [{ ...KOOPERATIVET, presentsAsAsf: true }],
};

/** An application body (schema version 2): a municipal unit, with Arbetsförmedlingen, buys work training at an ASF. */
export const applicationContent = (over: Record<string, unknown> = {}) => ({
  title: 'Arbetsträning på Kooperativet Exempel',
  description: 'Arbetsförberedande insatser för långtidsarbetslösa på ett arbetsintegrerande socialt företag.',
  aims: 'Deltagarna kommer närmare arbete eller studier.',
  applicant: { organisationNumber: member('kommun').organisationNumber, unit: 'arbetsmarknadsenheten' },
  cooperatingMembers: [{ organisationNumber: member('arbetsformedlingen').organisationNumber }],
  procuringMember: { organisationNumber: member('kommun').organisationNumber },
  provider: { organisationNumber: KOOPERATIVET.organisationNumber, relation: 'agreement' },
  staffEmployer: null,
  fundingRecipient: { organisationNumber: member('kommun').organisationNumber },
  category: 'individual',
  kind: 'work_preparatory_at_asf',
  targetGroups: ['long_term_unemployed_income_support'],
  budget: [{ year: 2027, amountSek: 300000 }],
  period: { from: '2027-01-01', to: '2027-12-31' },
  answers: { grantToBusiness: false, aimedAtAsfStaff: false, startsOrDevelopsAsf: false, paysMembershipFees: false },
  ...over,
});

/** Small HTTP helpers that fail with the response body, so a broken step says why. */
export function client(http: TestAgent) {
  const check = (res: Response, status: number, what: string) => {
    if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res;
  };
  return {
    post: async (token: string, path: string, body: unknown = {}, status = 201) =>
      check(
        await http
          .post(path)
          .auth(token, { type: 'bearer' })
          .send(body as object),
        status,
        `POST ${path}`,
      ),
    get: async (token: string, path: string, status = 200) =>
      check(await http.get(path).auth(token, { type: 'bearer' }), status, `GET ${path}`),
  };
}
