import { PEOPLE, type PeopleDirectory } from '@beslutskedjan/people';
import { runTokenCli } from '../tools/token-args.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The token CLI as an operator uses it, against the real API and its people directory. */
describe('token CLI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { SEED_DEMO: 'false' } });
  }, 60_000);
  afterAll(() => t.close());

  const mint = async (args: string[]) => {
    const outcome = await runTokenCli(args, t.config.auth);
    if (outcome.kind !== 'token') throw new Error(outcome.message);
    return outcome.token;
  };

  it('given a person with a name, when a token is minted without --name and used, then the directory keeps the name', async () => {
    const people = t.app.get<PeopleDirectory>(PEOPLE);
    const named = await mint(['--tenant', 'demo', '--role', 'chair', '--user', 'cli-ordf', '--name', 'Maria Hedlund']);
    await t.http.get('/api/inbox').set('Authorization', `Bearer ${named}`).expect(200);
    expect(people.get('demo', 'cli-ordf')?.displayName).toBe('Maria Hedlund');

    const unnamed = await mint(['--tenant', 'demo', '--role', 'chair', '--user', 'cli-ordf']);
    await t.http.get('/api/inbox').set('Authorization', `Bearer ${unnamed}`).expect(200);
    expect(people.get('demo', 'cli-ordf')?.displayName).toBe('Maria Hedlund');
    expect(people.nameOf('demo', 'cli-ordf')).toBe('Maria Hedlund');
  });

  it('mints the platform operator role', async () => {
    const token = await mint(['--role', 'operator', '--user', 'ops-1']);
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { roles: string[]; name?: string };
    expect(payload.roles).toEqual(['operator']);
    expect(payload.name).toBeUndefined();
  });

  it('refuses an unknown role', async () => {
    await expect(runTokenCli(['--role', 'king'], t.config.auth)).resolves.toMatchObject({ kind: 'usage', exitCode: 2 });
  });
});
