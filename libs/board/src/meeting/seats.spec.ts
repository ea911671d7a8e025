import { boardOf, CHAIR, seat } from '../testing/board-fixtures.js';
import { isQuorate, quorumOf } from './quorum.js';
import { servingSeats } from './seats.js';
import { carriedSide } from './tally.js';

const board = boardOf(5);
const all = [CHAIR, 'p-m1', 'p-m2', 'p-m3', 'p-m4'];

describe('Serving seats (tjänstgöring)', () => {
  it('KL 6 kap. (ersättare) – given a member absent, when the personal substitute is present, then the substitute serves in that seat', () => {
    const serving = servingSeats({ board, present: [CHAIR, 'p-m1', 'p-m2', 'p-m3', 'p-s4'], recused: [] });
    expect(serving.find((s) => s.seat === 'p-m4')).toEqual({ seat: 'p-m4', personId: 'p-s4', substitute: true });
    expect(serving).toHaveLength(5);
  });

  it('KL 6:28–30 – given a member jävig on the item, then the member takes no part and the personal substitute serves in the seat', () => {
    const serving = servingSeats({ board, present: [...all, 'p-s2'], recused: ['p-m2'] });
    expect(serving.map((s) => s.personId)).toEqual([CHAIR, 'p-m1', 'p-s2', 'p-m3', 'p-m4']);
  });

  it('KL 6 kap. (ersättare) – given two personal substitutes, then they are called in the order of the composition', () => {
    const withSecond = [...board, seat('p-s2b', 'substitute', 'p-m2')];
    expect(
      servingSeats({ board: withSecond, present: [CHAIR, 'p-m1', 'p-m3', 'p-m4', 'p-s2b', 'p-s2'], recused: [] }).find(
        (s) => s.seat === 'p-m2',
      )?.personId,
    ).toBe('p-s2');
    expect(
      servingSeats({ board: withSecond, present: [CHAIR, 'p-m1', 'p-m3', 'p-m4', 'p-s2b'], recused: [] }).find((s) => s.seat === 'p-m2')
        ?.personId,
    ).toBe('p-s2b');
  });

  it('KL 6 kap. (ersättare) – given a substitute present whose member also is, then the substitute does not serve', () => {
    expect(servingSeats({ board, present: [...all, 'p-s1'], recused: [] }).some((s) => s.personId === 'p-s1')).toBe(false);
  });

  it('KL 6:30 – given a jävig substitute, then the seat stays empty', () => {
    expect(servingSeats({ board, present: [...all, 'p-s2'], recused: ['p-m2', 'p-s2'] }).some((s) => s.seat === 'p-m2')).toBe(false);
  });
});

describe('Quorum (beslutsförhet)', () => {
  it('KL 6:27 – given a 5-seat board with one member jävig and the substitute serving, then 5 serve and the board is quorate', () => {
    const q = quorumOf({ board, present: [...all, 'p-s3'], recused: ['p-m3'] });
    expect(q).toEqual({ members: 5, participating: 5, required: 3 });
    expect(isQuorate(q)).toBe(true);
  });

  it('KL 6:27 – given only two seats served of five, then the board is not quorate', () => {
    expect(isQuorate(quorumOf({ board, present: [CHAIR, 'p-m1'], recused: [] }))).toBe(false);
  });

  it('KL 6:27 – more than half: 7 → 4, 6 → 4, 5 → 3', () => {
    expect(quorumOf({ board: boardOf(7), present: [], recused: [] }).required).toBe(4);
    expect(quorumOf({ board: boardOf(6), present: [], recused: [] }).required).toBe(4);
    expect(quorumOf({ board: boardOf(5), present: [], recused: [] }).required).toBe(3);
  });
});

describe('Counting a votering', () => {
  it('KL 5:57 (via 6:33) – more than half of the votes cast decides; abstentions are not votes cast', () => {
    expect(carriedSide({ yes: 2, no: 1, abstain: 2 }, null)).toBe('yes');
    expect(carriedSide({ yes: 1, no: 2, abstain: 0 }, null)).toBe('no');
  });

  it("KL 5:57 (via 6:33) – the presiding member's casting vote decides a tie", () => {
    expect(carriedSide({ yes: 2, no: 2, abstain: 1 }, null)).toBe('tie');
    expect(carriedSide({ yes: 2, no: 2, abstain: 1 }, 'no')).toBe('no');
  });
});
