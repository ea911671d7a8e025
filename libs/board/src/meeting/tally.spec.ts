import { approvalCarried, rejectionCarried, tally } from './tally.js';

describe('tally', () => {
  it('counts each choice', () => {
    expect(tally([{ vote: 'approve' }, { vote: 'reject' }, { vote: 'approve' }, { vote: 'abstain' }])).toEqual({
      approve: 2,
      reject: 1,
      abstain: 1,
    });
    expect(tally([])).toEqual({ approve: 0, reject: 0, abstain: 0 });
  });

  it('approves on more votes for than against; abstentions count for neither', () => {
    expect(approvalCarried({ approve: 1, reject: 0, abstain: 6 })).toBe(true);
    expect(approvalCarried({ approve: 3, reject: 3, abstain: 0 })).toBe(false);
    expect(approvalCarried({ approve: 0, reject: 0, abstain: 2 })).toBe(false);
  });

  it('lets a rejection stand on a tie but not against a majority for', () => {
    expect(rejectionCarried({ approve: 3, reject: 3, abstain: 1 })).toBe(true);
    expect(rejectionCarried({ approve: 0, reject: 0, abstain: 0 })).toBe(true);
    expect(rejectionCarried({ approve: 4, reject: 3, abstain: 0 })).toBe(false);
  });
});
