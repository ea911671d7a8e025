import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'bk-config-'));

  it('given no variables, then it runs embedded on SQLite under the data directory with a generated secret', () => {
    const dataDir = dir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.port).toBe(3000);
    expect(config.eventStore).toEqual({ kind: 'sqlite', file: join(dataDir, 'events.sqlite') });
    expect(config.auth.secretSource).toBe('file');
    expect(readFileSync(join(dataDir, 'token-secret'), 'utf8').trim()).toBe(config.auth.secret);
    expect(loadConfig({ DATA_DIR: dataDir }).auth.secret).toBe(config.auth.secret);
  });

  it('given KURRENTDB_URL, then KurrentDB is selected', () => {
    const config = loadConfig({ DATA_DIR: dir(), KURRENTDB_URL: 'kurrentdb://localhost:2113?tls=false' });
    expect(config.eventStore).toEqual({ kind: 'kurrentdb', url: 'kurrentdb://localhost:2113?tls=false' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ TOKEN_SECRET: 'short' }, 'TOKEN_SECRET'],
    [{ KURRENTDB_URL: 'http://x' }, 'KURRENTDB_URL'],
    [{ SMTP_URL: 'mail.example' }, 'SMTP_URL'],
  ])('given %p, then start-up fails naming %s', (env, name) => {
    expect(() => loadConfig({ DATA_DIR: dir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dir(), ...env })).toThrow(name);
  });
});
