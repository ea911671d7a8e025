import { checkOrganisationNumber, isValidOrganisationNumber, luhnValid } from './organisation-number.js';

describe('organisationsnummer', () => {
  it('accepts NNNNNN-NNNN and normalises 10 digits to it', () => {
    expect(checkOrganisationNumber('212000-0142')).toEqual({ valid: true, normalised: '212000-0142' });
    expect(checkOrganisationNumber('2021002114')).toEqual({ valid: true, normalised: '202100-2114' });
    expect(checkOrganisationNumber(' 556036-0793 ')).toEqual({ valid: true, normalised: '556036-0793' });
  });

  it('refuses a wrong check digit', () => {
    expect(checkOrganisationNumber('212000-0143')).toEqual({ valid: false, problem: 'checksum' });
  });

  it('refuses other shapes', () => {
    for (const value of ['', '21200-00142', '212000 0142', '19212000-0142', '212000-014X', '212000--0142']) {
      expect(checkOrganisationNumber(value)).toEqual({ valid: false, problem: 'format' });
    }
  });

  it('refuses a personnummer (a sole trader’s number), which must not enter the log', () => {
    expect(luhnValid('8112189876')).toBe(true);
    expect(checkOrganisationNumber('811218-9876')).toEqual({ valid: false, problem: 'personal_identity_number' });
  });

  it('computes Luhn over all ten digits', () => {
    expect(luhnValid('2321000016')).toBe(true);
    expect(luhnValid('2321000017')).toBe(false);
    expect(isValidOrganisationNumber('232100-0016')).toBe(true);
  });
});
