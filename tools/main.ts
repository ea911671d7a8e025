import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@beslutskedjan/platform';

/**
 * The main job: the API and the worker as two processes on the same configuration, as in
 * production, so the embedded default exercises the same process boundary.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const config = loadConfig(); // fail here, once, with the variable named
process.env.DATA_DIR = config.dataDir;

const children = new Map<string, ChildProcess>();
let stopping = false;

function run(name: string, script: string): void {
  const child = spawn(process.execPath, ['--enable-source-maps', join(root, script)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  const prefix = (chunk: Buffer) => chunk.toString().replace(/^(?=.)/gm, `[${name}] `);
  child.stdout?.on('data', (c: Buffer) => process.stdout.write(prefix(c)));
  child.stderr?.on('data', (c: Buffer) => process.stderr.write(prefix(c)));
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      process.stderr.write(`[main] ${name} exited (${signal ?? code}); stopping\n`);
      stop(typeof code === 'number' && code !== 0 ? code : 1);
    } else if (children.size === 0) process.exit(0);
  });
  children.set(name, child);
}

function stop(code = 0): void {
  stopping = true;
  if (children.size === 0) process.exit(code);
  for (const child of children.values()) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 10_000).unref();
}

process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());

run('api', 'apps/api/src/main.js');
run('worker', 'apps/worker/src/main.js');
process.stdout.write(
  `[main] Beslutskedjan on ${config.publicUrl}: API docs ${config.publicUrl}/docs, health ${config.publicUrl}/health\n` +
    `[main] A token for the demo tenant: npm run token -- --tenant demo --role director --name "Demo Förbundschef"\n`,
);
