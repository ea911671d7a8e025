import {
  memberRegisterDecider,
  providerRegisterDecider,
  MEMBER_REGISTER_EVENT_SCHEMA_VERSIONS,
  memberRegisterStreamId,
  PROVIDER_REGISTER_EVENT_SCHEMA_VERSIONS,
  providerRegisterStreamId,
  ASF_CRITERIA,
  MEMBER_KINDS,
} from '@beslutskedjan/registers';
import { DEMO_MEMBERS, DEMO_PROVIDERS, DEMO_UNITS } from './demo-organisations.js';
import { DEMO_STAFF } from './demo-people.js';
import { sweden, type DemoSeedKit } from './demo-seed-kit.js';

const admin = { userId: 'demo-admin', role: 'admin' } as const;

/**
 * The demo förbund's registers: its four members with their units, and three providers. The two
 * ASF had their four criteria checked by the director against their statutes and annual reports;
 * the company did not present itself as an ASF and was never assessed. Registered in 2011 so the
 * 2012 case can name them. Commands on one register are sent together, so the executor writes
 * them in one append (one fsync) instead of one each.
 */
export async function seedDemoRegisters(kit: DemoSeedKit): Promise<void> {
  await Promise.all(
    MEMBER_KINDS.map((kind) => {
      const m = DEMO_MEMBERS[kind];
      return kit.run(
        memberRegisterStreamId(kit.tenant),
        memberRegisterDecider,
        MEMBER_REGISTER_EVENT_SCHEMA_VERSIONS,
        { key: `register-member-${kind}`, actor: admin, now: sweden('2011-09-01', '10:00') },
        {
          type: 'RegisterMember',
          data: { kind, name: m.name, organisationNumber: m.organisationNumber, units: DEMO_UNITS[kind], providerNumbers: [] },
        },
      );
    }),
  );
  const memberNumbers = MEMBER_KINDS.map((k) => DEMO_MEMBERS[k].organisationNumber);
  const providers = Object.entries(DEMO_PROVIDERS);
  await Promise.all(
    providers.map(([key, p]) =>
      kit.run(
        providerRegisterStreamId(kit.tenant),
        providerRegisterDecider,
        PROVIDER_REGISTER_EVENT_SCHEMA_VERSIONS,
        { key: `register-provider-${key}`, actor: admin, now: sweden('2011-09-01', '10:30') },
        { type: 'RegisterProvider', data: { ...p, memberNumbers } },
      ),
    ),
  );
  const policies = await kit.policiesOn('2011-12-01');
  await Promise.all(
    providers
      .filter(([, p]) => p.presentsAsAsf)
      .map(([key, p]) =>
        kit.run(
          providerRegisterStreamId(kit.tenant),
          providerRegisterDecider,
          PROVIDER_REGISTER_EVENT_SCHEMA_VERSIONS,
          {
            key: `assess-provider-${key}`,
            actor: { userId: DEMO_STAFF.director2012, role: 'director' },
            now: sweden('2011-12-01', '11:00'),
          },
          {
            type: 'AssessProviderCriteria',
            data: {
              organisationNumber: p.organisationNumber,
              criteria: Object.fromEntries(ASF_CRITERIA.map((c) => [c, { met: true, note: NOTES[c] }])) as never,
              assessedOn: '2011-12-01',
              source: `${p.name}: stadgar, årsredovisning 2010 och utdrag ur Bolagsverkets register`,
              applicationId: null,
              policies: policies.map((x) => ({ ...x.ref })),
            },
          },
        ),
      ),
  );
}

const NOTES: Readonly<Record<(typeof ASF_CRITERIA)[number], string>> = {
  business_activity: 'Säljer tjänster och varor; ändamålet i stadgarna är att integrera personer långt från arbetsmarknaden.',
  participation: 'Medarbetarna är medlemmar i föreningen (stadgar § 4).',
  profits_reinvested: 'Överskott återinvesteras enligt stadgarna; ingen vinstutdelning i årsredovisningen.',
  independent_of_public_sector: 'Ingen offentlig ägare eller styrelseplats enligt registerutdraget.',
};
