import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The thread's bootstrap, plain CommonJS so it runs the same from compiled code and under the test runner.
 * Compiled, the task module is imported as it is. Under jest the sources are TypeScript: they are compiled
 * on load with swc (the runner's own compiler), and `./x.js` imports find `./x.ts`, as jest's mapper does.
 */
const BOOT = `
const { parentPort, workerData } = require('node:worker_threads');
// Background work: on Linux the thread lowers its own scheduling priority (its id from /proc/thread-self),
// so when the cores are busy the event loop's thread runs first and requests keep being answered.
try {
  const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  if (tid > 0 && workerData.nice > 0) require('node:os').setPriority(tid, workerData.nice);
} catch {}
function loadTypeScript(file) {
  const fs = require('node:fs');
  const Module = require('node:module');
  const swc = require(workerData.swc);
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    try { return resolve.call(this, request, ...rest); } catch (error) {
      if (request.startsWith('.') && request.endsWith('.js')) return resolve.call(this, request.slice(0, -3) + '.ts', ...rest);
      // Under jest a task's imports of another lib by name (@beslutskedjan/<lib>) have no dist/ link to land on.
      const lib = new RegExp('^@beslutskedjan/([a-z-]+)(/testing|/pure)?$').exec(request);
      const entry = lib && (lib[2] === '/pure' ? 'pure.ts' : lib[2] ? 'testing/index.ts' : 'index.ts');
      if (lib) return resolve.call(this, workerData.root + '/libs/' + lib[1] + '/src/' + entry, ...rest);
      throw error;
    }
  };
  Module._extensions['.ts'] = (module, filename) => {
    const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
      filename, sourceMaps: 'inline',
      jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    module._compile(code, filename);
  };
  return require(file);
}
const loaded = workerData.file.endsWith('.ts') ? Promise.resolve().then(() => loadTypeScript(workerData.file)) : import(workerData.url);
const failure = (error) => ({ name: error && error.name, message: String((error && error.message) || error), code: error && error.code, stack: error && error.stack });
// A streaming task's emit waits for the reader to want more (ack) or to go away (cancel).
const waiting = new Map();
parentPort.on('message', async ({ id, task, input, ack, cancel }) => {
  if (ack !== undefined || cancel !== undefined) {
    const wait = waiting.get(ack ?? cancel);
    waiting.delete(ack ?? cancel);
    if (wait) ack !== undefined ? wait.resolve() : wait.reject(new Error('The reader went away'));
    return;
  }
  try {
    const tasks = await loaded;
    const run = tasks[task];
    if (typeof run !== 'function') throw new Error('No task ' + task + ' in ' + workerData.file);
    const emit = (chunk) => {
      parentPort.postMessage({ id, chunk });
      return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
    };
    parentPort.postMessage({ id, done: true, value: await run(input, emit) });
  } catch (error) {
    parentPort.postMessage({ id, done: true, error: failure(error) });
  }
});
`;

/** How much lower than the event loop the task threads run (nice 10: they get the cores the loop leaves). */
const BACKGROUND_NICE = 10;

interface Job {
  id: number;
  task: string;
  input: unknown;
  resolve(value: unknown): void;
  reject(error: Error): void;
  /** A streamed chunk; `more()` tells the thread to go on (backpressure: called when the reader wants more). */
  onChunk?: (chunk: Uint8Array, more: () => void) => void;
  /** Set at dispatch: tells the thread the reader went away. */
  cancel?: () => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

/** An error thrown in a thread, rebuilt on this side with its name, message and code. */
export class ThreadTaskError extends Error {
  constructor(
    detail: { name?: string; message: string; code?: string; stack?: string },
    readonly code = detail.code,
  ) {
    super(detail.message);
    this.name = detail.name ?? 'Error';
    if (detail.stack) this.stack = detail.stack;
  }
}

/**
 * Runs a module's exported functions on worker threads, so work that scans the log or builds a large document
 * never holds the event loop: the loop only posts the input and receives the result. A task is
 * `export function name(input, emit)`; its input and result must be structured-cloneable (Maps and bigints
 * are). `await emit(chunk)` streams bytes back as they are made and resolves when the reader wants more
 * (see `stream`); it rejects when the reader has gone away.
 *
 * Threads start on first use and are kept (a thread costs ~30 ms to start); `size` bounds how many tasks run
 * at once, the rest wait in order. Threads are unref'd: they never keep a process alive.
 */
export class ThreadTasks {
  private readonly file: string;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  /** `module`: the task module's URL, e.g. `new URL('./verify.worker.js', import.meta.url)`. */
  constructor(
    module: URL,
    private readonly size = Math.max(1, Math.min(2, cpus().length - 1)),
  ) {
    this.file = sourceOf(fileURLToPath(module));
  }

  /** Tasks waiting for a thread (not yet started): callers may refuse more work when this grows. */
  get waiting(): number {
    return this.queue.length;
  }

  run<T>(task: string, input: unknown): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.closed) return reject(new Error('ThreadTasks closed'));
      this.queue.push({ id: this.nextId++, task, input, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  /**
   * A task whose output is bytes, as a stream: each `emit(chunk)` in the thread becomes a chunk here, so the
   * response is written while the document is being made and no side holds the whole file at once.
   */
  stream(task: string, input: unknown): Readable {
    let waiting: (() => void) | null = null;
    let ended = false;
    const out = new Readable({
      read() {
        const more = waiting;
        waiting = null;
        more?.();
      },
    });
    const job: Job = {
      id: this.nextId++,
      task,
      input,
      // The thread makes the next chunk only once the reader has room for it: the file is never all in memory.
      onChunk: (chunk, more) => {
        if (out.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))) more();
        else waiting = more;
      },
      resolve: () => {
        ended = true;
        out.push(null);
      },
      reject: (error) => {
        ended = true;
        out.destroy(error);
      },
    };
    // A client that hangs up ends the task (its next emit throws), so the thread is free again.
    out.once('close', () => {
      if (!ended) job.cancel?.();
    });
    if (this.closed) queueMicrotask(() => out.destroy(new Error('ThreadTasks closed')));
    else {
      this.queue.push(job);
      this.dispatch();
    }
    return out;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('ThreadTasks closed'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      job.cancel = () => slot.worker.postMessage({ cancel: job.id });
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, task: job.task, input: job.input });
    }
  }

  private spawn(): Slot {
    const swc = this.file.endsWith('.ts') ? createRequire(this.file).resolve('@swc/core') : null;
    const root = this.file.slice(0, this.file.lastIndexOf('/libs/'));
    const workerData = { file: this.file, url: pathToFileURL(this.file).href, swc, nice: BACKGROUND_NICE, root };
    const worker = new Worker(BOOT, { eval: true, workerData });
    const slot: Slot = { worker, job: null };
    worker.unref();
    worker.on('message', (message: { id: number; chunk?: Uint8Array; done?: boolean; value?: unknown; error?: ThreadTaskError }) => {
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      if (message.chunk) return job.onChunk?.(message.chunk, () => worker.postMessage({ ack: job.id }));
      slot.job = null;
      worker.unref();
      if (message.error) job.reject(new ThreadTaskError(message.error));
      else job.resolve(message.value);
      this.dispatch();
    });
    // A thread that dies fails its task and is replaced on the next dispatch.
    const lost = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      slot.job?.reject(error);
      slot.job = null;
      if (!this.closed) this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`Task thread exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }
}

/** The compiled module, or under the test runner (which maps `.js` imports to sources) the TypeScript beside it. */
function sourceOf(file: string): string {
  if (existsSync(file)) return file;
  const ts = file.replace(/\.js$/, '.ts');
  return existsSync(ts) ? ts : file;
}
