import { mintToken } from '@beslutskedjan/platform';
import type { Role } from '@beslutskedjan/shared';
import { applicationContent, member } from '../test/support/workflow-fixtures.js';
import type { HttpOperation, OperationServer } from './http.js';

/**
 * castVote under load needs, for every request, a meeting in session with an open decision item
 * on which that request's voter has not voted yet. The board deals with one item at a time, so
 * each seeded meeting gives one vote per member; meetings are seeded through the API (as the
 * director and chair would) before each slice, never during one.
 */
const TENANT = 'bench_votes';
/** Chair and ten members: a förbund with several municipalities besides the region, AF and FK. */
const VOTERS = ['bv-chair', ...Array.from({ length: 10 }, (_, i) => `bv-member-${i + 1}`)];
const KINDS = ['kommun', 'region', 'arbetsformedlingen', 'forsakringskassan'] as const;
/** Decision items on each meeting's agenda; item 1 is open when the load starts. */
const ITEMS = 3;
/**
 * Consecutive requests go to GROUP different meetings, so the requests in flight at once
 * (one per connection) do not race on one stream; that race is covered by test/workflow-rules.e2e-spec.ts.
 */
const GROUP = 32;
/** Meetings seeded concurrently (each one's commands in order). */
const SEEDERS = 16;
const NO_MEETING = '00000000-0000-4000-8000-000000000000';

interface Api {
  post(token: string, path: string, body?: unknown): Promise<{ streamId: string; position: string; applicationId?: string }>;
  get(token: string, path: string): Promise<Record<string, unknown>>;
}

function api(port: number): Api {
  const call = async (token: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`castVote seeding: ${method} ${path} → ${response.status} ${text}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  return {
    post: async (token, path, body = {}) => (await call(token, 'POST', path, body)) as Awaited<ReturnType<Api['post']>>,
    get: (token, path) => call(token, 'GET', path),
  };
}

const maxPosition = (a: string, b: string): string => (BigInt(a) > BigInt(b) ? a : b);

/** The operation and its seed state: the meetings in session, in seeding order, and one token per voter. */
export function castVoteOperation(): HttpOperation {
  const meetings: string[] = [];
  const voterTokens: string[] = [];
  let people: Record<'admin' | 'director' | 'applicant' | 'chair', string> | undefined;
  const slots = GROUP * VOTERS.length;

  // Request n: meeting (block, n mod GROUP) of its block of GROUP meetings, voter ⌊(n mod slots) / GROUP⌋.
  const meetingOf = (n: number) => Math.floor(n / slots) * GROUP + (n % GROUP);
  const voterOf = (n: number) => Math.floor((n % slots) / GROUP);

  async function setUp(server: OperationServer, http: Api) {
    const mint = (userId: string, roles: Role[]) =>
      mintToken({ secret: server.secret, tenant: TENANT, roles, userId, displayName: userId });
    people = {
      admin: await mint('bv-admin', ['admin']),
      director: await mint('bv-director', ['director']),
      applicant: await mint('bv-applicant', ['applicant']),
      chair: await mint('bv-chair', ['chair', 'board_member']),
    };
    const year = new Date().getUTCFullYear();
    for (const [i, personId] of VOTERS.entries()) {
      voterTokens.push(i === 0 ? people.chair : await mint(personId, ['board_member']));
      await http.post(people.admin, '/api/board/appointments', {
        personId,
        position: i === 0 ? 'chair' : 'member',
        memberOrganisation: member(KINDS[i % KINDS.length] ?? 'kommun'),
        substituteFor: null,
        termFrom: `${year - 1}-01-01`,
        termTo: `${year + 2}-12-31`,
      });
    }
  }

  /** A case stands on one open agenda at a time (issue 11), so each seeded meeting gets recommended cases of its own. */
  async function recommendedCases(http: Api, p: NonNullable<typeof people>): Promise<string[]> {
    const cases: string[] = [];
    for (let i = 0; i < ITEMS; i++) {
      const { applicationId } = await http.post(
        p.applicant,
        '/api/applications',
        applicationContent({ title: `Ärende ${i + 1} för omröstning` }),
      );
      if (applicationId === undefined) throw new Error('castVote seeding: submission returned no applicationId');
      await http.post(p.director, `/api/applications/${applicationId}/preparation`);
      await http.post(p.director, `/api/applications/${applicationId}/recommendation`, {
        recommendation: 'approve',
        motivation: 'Insatsen följer riktlinjerna.',
        terms: { amountSek: 250000, period: { from: '2027-01-01', to: '2027-12-31' }, conditions: ['Slutrapport'], progressEveryMonths: 6 },
      });
      cases.push(applicationId);
    }
    return cases;
  }

  /** Schedules a meeting today, puts fresh cases on its agenda, opens it with every voter present, opens item 1 and asks for votering. */
  async function seedMeeting(http: Api, p: NonNullable<typeof people>): Promise<{ meetingId: string; position: string }> {
    const date = new Date().toISOString().slice(0, 10);
    const scheduled = await http.post(p.director, '/api/meetings', { date, label: `Styrelsemöte ${date}` });
    const meetingId = scheduled.streamId.split('meeting-')[1] as string;
    for (const applicationId of await recommendedCases(http, p))
      await http.post(p.director, `/api/meetings/${meetingId}/agenda`, { applicationId });
    await http.post(p.chair, `/api/meetings/${meetingId}/opening`, { present: VOTERS, adjusterId: VOTERS[1] });
    await http.post(p.chair, `/api/meetings/${meetingId}/items/1/opening`);
    // Boards decide by acclamation; votes by name follow a question put and a votering asked for.
    await http.post(p.chair, `/api/meetings/${meetingId}/items/1/question`, { motionNo: 0 });
    const votering = await http.post(p.chair, `/api/meetings/${meetingId}/items/1/votering`, {});
    return { meetingId, position: votering.position };
  }

  return {
    name: 'castVote',
    route: 'POST /api/meetings/:meetingId/items/:itemNo/votes',
    roles: ['board_member'],
    tenant: TENANT,
    method: 'POST',
    path: (n) => `/api/meetings/${meetings[meetingOf(n)] ?? NO_MEETING}/items/1/votes`,
    body: () => ({ vote: 'yes' }),
    token: (n) => voterTokens[voterOf(n)] as string,
    async prepare(server, upTo) {
      const needed = Math.ceil(upTo / slots) * GROUP;
      if (meetings.length >= needed) return;
      const http = api(server.port);
      if (people === undefined) await setUp(server, http);
      const p = people as NonNullable<typeof people>;
      const started = performance.now();
      const before = meetings.length;
      // Seeded meetings are listed in completion order; any order serves, each is used once per voter.
      let position = '0';
      let pending = 0;
      const seeder = async () => {
        while (meetings.length + pending < needed) {
          pending++;
          const seeded = await seedMeeting(http, p).finally(() => pending--);
          meetings.push(seeded.meetingId);
          position = maxPosition(position, seeded.position);
        }
      };
      await Promise.all(Array.from({ length: SEEDERS }, seeder));
      // The read models catch up before the slice, so their backlog is not timed (a query waits 5 s at most, hence the retries);
      // and the last meeting must be in session.
      type Detail = { meeting?: { status?: string }; items?: Array<{ status?: string }> };
      const read = () => http.get(p.chair, `/api/meetings/${meetings.at(-1) ?? NO_MEETING}?minPosition=${position}`) as Promise<Detail>;
      let last: Detail | undefined;
      for (let attempt = 1; last === undefined; attempt++) {
        last = await read().catch((error: unknown) => {
          if (attempt >= 6) throw error;
          return undefined;
        });
      }
      if (last.meeting?.status !== 'open' || last.items?.[0]?.status !== 'open') {
        throw new Error(`castVote seeding: the last meeting is not in session: ${JSON.stringify(last).slice(0, 500)}`);
      }
      server.log(
        `castVote: seeded ${meetings.length - before} meetings (${meetings.length} in all, ${meetings.length * VOTERS.length} votes) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    },
  };
}
