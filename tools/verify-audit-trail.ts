import { parseArgs } from 'node:util';
import { verifyAuditTrail, sealAuditTrail, type AuditTrailReport } from '@beslutskedjan/audit';
import { ConfigError, loadConfig, type AppConfig, openEventStore } from '@beslutskedjan/platform';
import { TENANT_PATTERN } from '@beslutskedjan/shared';

const usage = `Verifies the tamper evidence of one förbund's event log (hashes, chains, revisions, seals).

  node dist/tools/verify-audit-trail.js --tenant demo [--seal] [--json]

  --seal   first append a seal of everything written since the last seal (refused if the log does not verify).
           The worker seals by itself after quiet periods and at least daily; each seal's digest goes to
           SEAL_DIGEST_DIR (default DATA_DIR/seal-digests), one file a day, to archive elsewhere.
  --json   print the report as JSON.

Reads DATA_DIR / KURRENTDB_URL like the API. Exit code: 0 verified, 1 a break was found, 2 usage or configuration error.`;

const { values } = parseArgs({
  options: {
    tenant: { type: 'string' },
    seal: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help || values.tenant === undefined) {
  process.stdout.write(`${usage}\n`);
  process.exit(values.help ? 0 : 2);
}
if (!TENANT_PATTERN.test(values.tenant)) {
  process.stderr.write(`--tenant must match ${TENANT_PATTERN}\n`);
  process.exit(2);
}

function print(report: AuditTrailReport): void {
  const lines = [
    `Förbund: ${report.tenant}`,
    `Kontrollerade händelser: ${report.checkedEvents} i ${report.checkedStreams} strömmar (${report.unhashed} från före hashningen)`,
    `Förseglingar: ${report.seals.count}${report.seals.lastSealedAt ? `, senast ${report.seals.lastSealedAt} upp till position ${report.seals.upToPosition}` : ''}`,
    ...(report.seals.lastSealHash ? [`Senaste förseglingens hash: ${report.seals.lastSealHash}`] : []),
    report.ok ? 'Resultat: OK – inga tecken på ändringar' : `Resultat: BRUTEN – ${report.breakCount} fel`,
    ...report.breaks.map((b) => `  ${b.reason} ${b.streamId} revision ${b.revision} position ${b.position}: ${b.detail}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
const store = await openEventStore(config);
try {
  if (values.seal) {
    // A broken log is not sealed; the report below shows why.
    const outcome = await sealAuditTrail(store, values.tenant, new Date().toISOString(), undefined, {
      key: config.audit.sealKey,
      digestDir: config.audit.digestDir,
    }).catch((error: unknown) => {
      process.stderr.write(`Förseglades inte: ${error instanceof Error ? error.message : String(error)}\n`);
      return null;
    });
    if (outcome)
      process.stderr.write(
        outcome.sealed ? `Förseglade ${outcome.sealedStreams} strömmar (position ${outcome.position}).\n` : 'Inget nytt att försegla.\n',
      );
  }
  // The operator's tool: always the full walk, with the seal key (SEAL_KEY or SEAL_KEY_FILE) checking every seal.
  const report = await verifyAuditTrail(store, values.tenant, { key: config.audit.sealKey, full: true });
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else print(report);
  process.exitCode = report.ok ? 0 : 1;
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await store.close();
}
