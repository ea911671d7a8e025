import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * No Docker engine runs here: the compose file is validated by `docker-compose config` (Debian's
 * docker-compose; .ci/run installs it) and the Dockerfile by hadolint when present, plus the
 * structural rules this project holds itself to either way. A missing tool prints SKIPPED.
 */
const root = join(__dirname, '..', '..');
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const compose = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
jest.setTimeout(30_000);

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

describe('container: the image and the compose file', () => {
  it('validates docker-compose.yml with docker-compose config', () => {
    if (!has('docker-compose')) {
      console.warn('SKIPPED docker-compose config: docker-compose is not installed (apt-get install docker-compose)');
      return;
    }
    const result = spawnSync('docker-compose', ['-f', join(root, 'docker-compose.yml'), 'config', '--quiet'], {
      encoding: 'utf8',
      cwd: root,
    });
    expect(result.stderr.replace(/.*WARNING.*\n?/g, '')).toBe('');
    expect(result.status).toBe(0);
    const services = spawnSync('docker-compose', ['-f', join(root, 'docker-compose.yml'), 'config', '--services'], {
      encoding: 'utf8',
      cwd: root,
    });
    expect(services.stdout.split('\n').filter(Boolean).sort()).toEqual(['api', 'kurrentdb', 'mailpit', 'redis', 'worker']);
  });

  it('pins every image to a version', () => {
    const images = [...compose.matchAll(/^\s*image:\s*(\S+)/gm)].map((m) => m[1] as string);
    expect(images.length).toBeGreaterThanOrEqual(4);
    for (const image of images) expect(image).toMatch(/:(?!latest$)[\w.-]*\d[\w.-]*$/);
    const bases = [...dockerfile.matchAll(/^FROM\s+(\S+)/gm)].map((m) => m[1] as string);
    for (const base of bases) expect(base).toMatch(/:(?!latest$)[\w.-]*\d[\w.-]*$/);
  });

  it('builds in stages, runs as a non-root user and has a healthcheck', () => {
    const stages = dockerfile.split(/^FROM\s/m).slice(1);
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const runtime = stages.at(-1) as string;
    expect(runtime).toMatch(/^USER\s+(?!root\b|0\b)\S+/m);
    expect(runtime).toMatch(/^HEALTHCHECK\s[\s\S]*?\bCMD\b/m);
    expect(runtime).not.toMatch(/build-essential|python3/);
    expect(runtime).toMatch(/COPY --from=build/);
  });

  it('passes hadolint when it is installed', () => {
    if (!has('hadolint')) {
      console.warn('SKIPPED hadolint: not installed (not packaged in Debian); the structural checks above ran instead');
      return;
    }
    const result = spawnSync('hadolint', [join(root, 'Dockerfile')], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
  });
});
