import { DomainRuleError, InvalidInputError } from '../../../shared/src/errors.js';
import { WrongExpectedRevisionError } from '../../../event-store/src/errors.js';
import { toProblem } from './problem-details.js';

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
