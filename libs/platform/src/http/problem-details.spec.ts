import { DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import { WrongExpectedRevisionError } from '@beslutskedjan/event-store';
import { toProblem } from './problem-details.js';
import { DETAIL_SV, preferredLanguage } from './problem-messages.js';

describe('toProblem', () => {
  it('maps a rule error to 422 with its code, and details never override the standard members', () => {
    const problem = toProblem(new DomainRuleError('NOT_DECIDABLE', 'no', { status: 'withdrawn', code: 'X' }));
    expect(problem).toMatchObject({ status: 422, code: 'NOT_DECIDABLE' });
  });

  it('maps invalid input to 400 naming the fields', () => {
    expect(toProblem(new InvalidInputError([{ field: 'title', message: 'required' }]))).toMatchObject({
      status: 400,
      errors: [{ field: 'title', message: 'required' }],
    });
  });

  it('maps a lost race to 409 and anything unknown to a 500 without internals', () => {
    expect(toProblem(new WrongExpectedRevisionError('t/s-1', '3', 4)).status).toBe(409);
    expect(toProblem(new Error('secret internals'))).toMatchObject({ status: 500, detail: expect.not.stringContaining('secret') });
  });
});

describe('Problem details in Swedish, English on request', () => {
  it('gives title and detail in Swedish by default', () => {
    expect(toProblem(new DomainRuleError('NO_QUORUM', 'Not enough members take part in the item'))).toMatchObject({
      title: 'Åtgärden är inte tillåten',
      detail: 'Styrelsen är inte beslutför: mer än hälften av ledamöterna måste tjänstgöra.',
    });
  });

  it('gives them in English when Accept-Language prefers it', () => {
    expect(preferredLanguage('en-GB,en;q=0.9,sv;q=0.5')).toBe('en');
    expect(preferredLanguage('sv-SE,en;q=0.8')).toBe('sv');
    expect(preferredLanguage(undefined)).toBe('sv');
    expect(preferredLanguage('de, en;q=0.3')).toBe('en');
    expect(toProblem(new DomainRuleError('NO_QUORUM', 'Not enough members take part in the item'), 'en')).toMatchObject({
      title: 'Not allowed by the rules',
      detail: 'Not enough members take part in the item',
    });
  });

  it('has a Swedish text for every code, with a Swedish fallback for a code not yet written', () => {
    expect(toProblem(new DomainRuleError('SOME_NEW_RULE', 'x')).detail).toBe('Åtgärden strider mot en regel och har inte genomförts.');
    expect(Object.values(DETAIL_SV).every((text) => /[.!?]$/.test(text))).toBe(true);
  });
});
