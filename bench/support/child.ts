import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs a compiled bench module in its own process and resolves with the one message it sends,
 * so figures such as peak RSS belong to that work alone. `BENCH_CHILD_EXEC_ARGV` adds node flags
 * to every child, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
 */
export function runChild<T>(module: string, args: string[], options: { timeoutMs?: number } = {}): Promise<T> {
  const extra = (process.env.BENCH_CHILD_EXEC_ARGV ?? '').split(' ').filter(Boolean);
  const file = fileURLToPath(new URL(`../${module}`, import.meta.url));
  return new Promise<T>((resolve, reject) => {
    const child = fork(file, args, { execArgv: [...process.execArgv, ...extra], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: { ok: true; value: T } | { ok: false; error: string } | undefined;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`${module} timed out after ${options.timeoutMs} ms`));
        }, options.timeoutMs)
      : undefined;
    child.on('message', (message) => {
      result = message as typeof result;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (result?.ok) resolve(result.value);
      else reject(new Error(result?.error ?? `${module} exited with ${signal ?? code} and no result`));
    });
  });
}

/** The child's side: run `work`, send its result to the parent (or print it when run by hand), exit. */
export function childMain<T>(work: () => Promise<T>): void {
  work().then(
    (value) => {
      if (process.send) process.send({ ok: true, value }, () => process.exit(0));
      else {
        process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
        process.exit(0);
      }
    },
    (error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      if (process.send) process.send({ ok: false, error: message }, () => process.exit(1));
      else {
        process.stderr.write(`${message}\n`);
        process.exit(1);
      }
    },
  );
}
