import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The lint rule that keeps libs apart (tools/eslint/lib-boundaries.js), run through the project's own
 * eslint.config.js on snippets. ESLint loads its config as an ES module, so it runs in a child process.
 */
const ROOT = resolve(__dirname, '../..');

type Case = { filePath: string; code: string };
function lint(cases: Case[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
    const cases = JSON.parse(process.argv[1]);
    const out = [];
    for (const c of cases) {
      const [report] = await eslint.lintText(c.code, { filePath: c.filePath });
      out.push(report.messages.filter((m) => m.ruleId === 'local/lib-boundaries').map((m) => m.message));
    }
    console.log(JSON.stringify(out));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(cases)], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[][];
}

describe('lint: libs reach each other through @beslutskedjan/<lib> only', () => {
  let results: string[][];
  beforeAll(() => {
    results = lint([
      { filePath: 'libs/board/src/read/bad.ts', code: "export { actorOf } from '../../../platform/src/auth/actor.js';\n" },
      { filePath: 'bench/bad.ts', code: "export { startSmtpSink } from '../libs/reminders/src/testing/smtp-sink.js';\n" },
      { filePath: 'test/bad.ts', code: "export { BoardModule } from '../libs/board/src/index.js';\n" },
      { filePath: 'libs/board/src/read/own.ts', code: "export { BoardModule } from '@beslutskedjan/board';\n" },
      {
        filePath: 'libs/board/src/read/good.ts',
        code: "export { listMeetings } from './meetings.queries.js';\nexport { PlatformModule } from '@beslutskedjan/platform';\n",
      },
    ]);
  }, 60_000);

  it('refuses a relative import into another lib, naming the import to use instead', () => {
    expect(results[0]).toEqual([expect.stringContaining("import it from '@beslutskedjan/platform'")]);
  });

  it("sends another lib's test helpers through its /testing entry", () => {
    expect(results[1]).toEqual([expect.stringContaining("import it from '@beslutskedjan/reminders/testing'")]);
  });

  it("refuses an app, tool, test or bench reaching into a lib's folder, even to its index", () => {
    expect(results[2]).toEqual([expect.stringContaining("import it from '@beslutskedjan/board'")]);
  });

  it("refuses a file importing its own lib's index", () => {
    expect(results[3]).toEqual([expect.stringContaining('imports its own index')]);
  });

  it('allows relative imports within a lib and named imports of other libs', () => {
    expect(results[4]).toEqual([]);
  });
});
