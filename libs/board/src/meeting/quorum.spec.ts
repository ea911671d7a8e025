import { boardOf, CHAIR } from '../testing/board-fixtures.js';
import { isQuorate, quorumOf, requiredFor } from './quorum.js';

const SEVEN = [CHAIR, 'p-m1', 'p-m2', 'p-m3', 'p-m4', 'p-m5', 'p-m6'];
const quorum = (
  present: string[],
  extra: { recused?: string[]; votes?: Array<{ personId: string; replacing: string | null }>; preparedBy?: string; members?: number } = {},
) =>
  quorumOf({
    board: boardOf(extra.members ?? 7),
    present,
    recused: extra.recused ?? [],
    votes: extra.votes ?? [],
    ...(extra.preparedBy ? { preparedBy: extra.preparedBy } : {}),
  });

describe('quorum: more than half of the members', () => {
  it('requires more than half', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(requiredFor)).toEqual([1, 2, 2, 3, 3, 4, 4, 5]);
  });

  it('is not reached with exactly half of an even board', () => {
    const q = quorum([CHAIR, 'p-m1', 'p-m2'], { members: 6 });
    expect(q).toEqual({ members: 6, participating: 3, required: 4 });
    expect(isQuorate(q)).toBe(false);
    expect(isQuorate(quorum([CHAIR, 'p-m1', 'p-m2', 'p-m3'], { members: 6 }))).toBe(true);
  });

  it('is reached with four of seven, not three', () => {
    expect(isQuorate(quorum(SEVEN.slice(0, 4)))).toBe(true);
    expect(isQuorate(quorum(SEVEN.slice(0, 3)))).toBe(false);
  });

  it('does not count recused members', () => {
    const q = quorum(SEVEN.slice(0, 5), { recused: ['p-m1', 'p-m2'] });
    expect(q).toEqual({ members: 7, participating: 3, required: 4 });
    expect(isQuorate(q)).toBe(false);
  });

  it('does not count the preparer, nor present substitutes who have not taken a seat', () => {
    expect(quorum([...SEVEN.slice(0, 4), 'p-s5'], { preparedBy: 'p-m3' }).participating).toBe(3);
  });

  it('counts a seat taken by a substitute for an absent member', () => {
    const q = quorum([CHAIR, 'p-m1', 'p-m2', 'p-s3'], { votes: [{ personId: 'p-s3', replacing: 'p-m3' }] });
    expect(q.participating).toBe(4);
    expect(isQuorate(q)).toBe(true);
  });

  it('never reaches a quorum on an empty board', () => {
    expect(isQuorate(quorumOf({ board: [], present: [], recused: [], votes: [] }))).toBe(false);
  });
});
