import { erasePersonalData, personDecider, type ErasePersonalData } from './erase-personal-data.command.js';

const command = (reason: string): ErasePersonalData => ({
  type: 'ErasePersonalData',
  data: { userId: 'u-ebba', reason, name: 'Ebba Exempelsdotter', email: 'ebba@example.se' },
  metadata: { now: '2026-11-23T09:00:00.000Z', actor: { userId: 'u-admin', role: 'admin' }, tenant: 't1' },
});

describe('erasePersonalData', () => {
  it('given a person not yet erased, records the erasure by id, without the name', () => {
    const events = erasePersonalData(command('Begäran om radering enligt GDPR art. 17'), personDecider.initialState());
    expect(events).toEqual([
      { type: 'PersonalDataErased', data: { userId: 'u-ebba', erasedBy: 'u-admin', reason: 'Begäran om radering enligt GDPR art. 17' } },
    ]);
    expect(JSON.stringify(events)).not.toContain('Ebba');
  });

  it('refuses a reason that names the person or gives the e-mail address', () => {
    expect(() => erasePersonalData(command('Begäran från Exempelsdotter'), personDecider.initialState())).toThrow(
      expect.objectContaining({ code: 'REASON_NAMES_PERSON' }),
    );
    expect(() => erasePersonalData(command('Mejl från ebba@example.se'), personDecider.initialState())).toThrow(
      expect.objectContaining({ code: 'REASON_NAMES_PERSON' }),
    );
  });

  it('given a person already erased, records nothing more', () => {
    const erased = personDecider.evolve(personDecider.initialState(), {
      type: 'PersonalDataErased',
      data: { userId: 'u-ebba', erasedBy: 'u-admin', reason: 'x' },
    });
    expect(erasePersonalData(command('Ny begäran'), erased)).toEqual([]);
  });
});
