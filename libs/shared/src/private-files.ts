import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The data directory holds personal data (names, addresses, applications): it is the owner's alone,
 * 0700, whatever the umask; existing directories are tightened too.
 */
export function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * A data file, 0600, created so before SQLite opens it (SQLite gives its -wal and -shm files the
 * database file's permissions). Returns the path for `new Database(privateFile(path))`.
 */
export function privateFile(file: string): string {
  if (file === ':memory:') return file;
  privateDir(dirname(file));
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  return file;
}
