/**
 * The container's entry point: `api` (default) or `worker` picks the process, so one image
 * serves both compose services. Anything else is an error with the choices named.
 */
const role = process.argv[2] ?? 'api';
const entries: Record<string, string> = { api: '../apps/api/src/main.js', worker: '../apps/worker/src/main.js' };
const entry = entries[role];
if (!entry) {
  process.stderr.write(`Unknown process "${role}": choose api or worker\n`);
  process.exit(2);
}
await import(entry);
