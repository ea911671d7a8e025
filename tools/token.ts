import { loadConfig } from '@beslutskedjan/platform';
import { runTokenCli } from './token-args.js';

const outcome = await runTokenCli(process.argv.slice(2), loadConfig().auth);
if (outcome.kind === 'usage') {
  (outcome.exitCode === 0 ? process.stdout : process.stderr).write(`${outcome.message}\n`);
  process.exit(outcome.exitCode);
}
process.stdout.write(`${outcome.token}\n`);
