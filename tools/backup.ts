import { parseArgs } from 'node:util';
import { backupDataDir, restoreDataDir } from '@beslutskedjan/audit';
import { ConfigError, loadConfig } from '@beslutskedjan/platform';

const usage = `Online backup and verified restore of the embedded SQLite store.

  node dist/tools/backup.js backup --to <dir>              back up DATA_DIR's event log and people directory (safe while running)
  node dist/tools/backup.js restore --from <dir> --into <fresh DATA_DIR>
                                                            restore, then verify every förbund's audit trail (hashes, chains, seals)

Read models are not backed up: the processes rebuild them from the log on start (or: npm run rebuild).
Exit code: 0 done (and verified), 1 the restored log does not verify, 2 usage or configuration error.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { to: { type: 'string' }, from: { type: 'string' }, into: { type: 'string' }, help: { type: 'boolean', default: false } },
});
const command = positionals[0];
if (values.help || (command === 'backup' ? !values.to : command === 'restore' ? !values.from || !values.into : true)) {
  process.stdout.write(`${usage}\n`);
  process.exit(values.help ? 0 : 2);
}

try {
  const config = loadConfig();
  if (command === 'backup') {
    if (config.eventStore.kind !== 'sqlite') throw new ConfigError('KURRENTDB_URL is set: back up KurrentDB with its own tools');
    for (const file of await backupDataDir(config.dataDir, values.to as string)) process.stdout.write(`Backed up ${file}\n`);
  } else {
    const reports = await restoreDataDir(values.from as string, values.into as string, config.audit.sealKey);
    for (const r of reports)
      process.stdout.write(`${r.tenant}: ${r.ok ? 'OK' : `BROKEN (${r.breakCount})`}, ${r.checkedEvents} events, ${r.seals.count} seals\n`);
    process.exitCode = reports.every((r) => r.ok) ? 0 : 1;
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
