import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../apps/api/src/app.module.js';
import { CSV_COLUMNS, importBoardCsv } from '@beslutskedjan/board';
import { loadConfig } from '@beslutskedjan/platform';
import { TENANT_PATTERN } from '@beslutskedjan/shared';

const usage = `Imports people and board appointments from CSV, through the AppointBoardMember command.

  node dist/tools/import-board-csv.js --tenant demo --file board.csv [--by <admin user id>]

Columns (header row, "," or ";"): ${CSV_COLUMNS.join(', ')}
(email and substituteFor may be empty). Running the same file again appoints nobody twice.
Stop the API first or run it against the same DATA_DIR / KURRENTDB_URL. Exit code: 0 done, 1 a row was refused, 2 usage error.`;

const { values } = parseArgs({
  options: {
    tenant: { type: 'string' },
    file: { type: 'string' },
    by: { type: 'string', default: 'csv-import' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help || !values.tenant || !values.file || !TENANT_PATTERN.test(values.tenant)) {
  process.stdout.write(`${usage}\n`);
  process.exit(values.help ? 0 : 2);
}

const app = await NestFactory.createApplicationContext(AppModule.forRoot(loadConfig()), { logger: ['error', 'warn'] });
try {
  const rows = await importBoardCsv(app, readFileSync(values.file, 'utf8'), {
    tenant: values.tenant,
    actor: { userId: values.by as string, role: 'admin' },
    now: new Date(),
  });
  for (const r of rows)
    process.stdout.write(`line ${r.line}: ${r.personId} ${r.result ? `appointed (${r.appointmentId})` : 'already imported'}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await app.close();
}
