import { parseArgs } from 'node:util';
import { apiProjections, apiUpcasters } from '../apps/api/src/app.module.js';
import { workerProjections, workerUpcasters } from '../apps/worker/src/worker.module.js';
import { ConfigError, loadConfig, openEventStore, rebuildReadModels } from '@beslutskedjan/platform';
import { RemindersApiModule } from '@beslutskedjan/reminders';

const usage = `Rebuilds read models from the event log (stop the process whose read models you rebuild first).

  node dist/tools/rebuild-read-models.js [--process api|worker|all]   (default: all)

Reads DATA_DIR / KURRENTDB_URL like the processes. Exit code: 0 done, 2 usage or configuration error.`;

const { values } = parseArgs({ options: { process: { type: 'string', default: 'all' }, help: { type: 'boolean', default: false } } });
if (values.help || !['api', 'worker', 'all'].includes(values.process as string)) {
  process.stdout.write(`${usage}\n`);
  process.exit(values.help ? 0 : 2);
}

try {
  const config = loadConfig();
  const store = await openEventStore(config);
  try {
    const plans = {
      api: { projections: [...apiProjections, ...RemindersApiModule.projections(config)], upcasters: apiUpcasters },
      worker: { projections: workerProjections(config), upcasters: workerUpcasters },
    };
    for (const name of values.process === 'all' ? (['api', 'worker'] as const) : [values.process as 'api' | 'worker']) {
      const started = Date.now();
      const { file, position } = await rebuildReadModels(store, config.dataDir, name, plans[name].projections, plans[name].upcasters);
      process.stdout.write(`${name}: ${file} rebuilt to position ${position} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    await store.close();
  }
} catch (error) {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 2;
}
