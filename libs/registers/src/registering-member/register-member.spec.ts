import { deciderSpec } from '@beslutskedjan/shared/testing';
import { memberRegisterDecider } from '../registers.deciders.js';
import { kommunRegistered, meta, NOW, ORG } from '../testing/register-fixtures.js';
import type { RegisterMember } from './register-member.command.js';

const spec = deciderSpec(memberRegisterDecider);

const register = (data: Partial<RegisterMember['data']> = {}): RegisterMember => ({
  type: 'RegisterMember',
  data: {
    kind: 'kommun',
    name: 'Exempelstads kommun',
    organisationNumber: '2120000142',
    units: [{ code: 'amf', name: 'Arbetsmarknadsförvaltningen' }],
    providerNumbers: [],
    ...data,
  },
  metadata: meta(),
});

describe('RegisterMember (Finsam 2003:1210 1 §: the members are kommun, region, Arbetsförmedlingen and Försäkringskassan)', () => {
  it('given an empty register, when a municipality is registered, then it is recorded with its units and a normalised number', () => {
    spec.given([]).when(register()).then([kommunRegistered()]);
  });

  it('given a registered member, when registered again with one more unit, then the new record keeps the old unit', () => {
    const units = [
      { code: 'amf', name: 'Arbetsmarknadsförvaltningen' },
      { code: 'soc', name: 'Socialförvaltningen' },
    ];
    spec
      .given([kommunRegistered()])
      .when(register({ units }))
      .then([{ ...kommunRegistered(units), data: { ...kommunRegistered(units).data, registeredOn: NOW } }]);
  });

  it('refuses to drop a unit that applications may refer to', () => {
    spec
      .given([kommunRegistered()])
      .when(register({ units: [{ code: 'soc', name: 'Socialförvaltningen' }] }))
      .thenThrows('MEMBER_UNIT_REMOVED', 'rule');
  });

  it('refuses a bad check digit as 400 naming the field', () => {
    spec
      .given([])
      .when(register({ organisationNumber: '212000-0143' }))
      .thenThrows('INVALID_INPUT', 'invalid');
    expect(() => memberRegisterDecider.decide(register({ organisationNumber: '212000-0143' }), { members: {} })).toThrow(
      'organisationNumber',
    );
  });

  it('refuses a provider as a member: an ASF is never a member (seed 003, ”de samverkande parterna står för insatserna”)', () => {
    spec
      .given([])
      .when(register({ organisationNumber: ORG.asf, providerNumbers: [ORG.asf] }))
      .thenThrows('PROVIDER_CANNOT_BE_MEMBER', 'rule');
  });

  it('refuses a changed kind for the same organisation number', () => {
    spec
      .given([kommunRegistered()])
      .when(register({ kind: 'region' }))
      .thenThrows('MEMBER_KIND_CHANGED', 'rule');
  });

  it('refuses a member without units and duplicate unit codes', () => {
    spec
      .given([])
      .when(register({ units: [] }))
      .thenThrows('INVALID_INPUT', 'invalid');
    spec
      .given([])
      .when(
        register({
          units: [
            { code: 'a', name: 'A' },
            { code: 'a', name: 'B' },
          ],
        }),
      )
      .thenThrows('INVALID_INPUT', 'invalid');
  });
});
