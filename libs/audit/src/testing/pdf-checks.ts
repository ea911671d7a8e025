import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** True when poppler-utils (pdftoppm) is installed; CI installs it, a laptop may not. */
export const hasPdftoppm = (): boolean => spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).error === undefined;

/**
 * Renders page 1 to PNG with pdftoppm and returns the PNG, or null (with a printed reason) when
 * pdftoppm is missing, so a skipped render is visible in the test output and never silent.
 */
export function renderFirstPage(pdf: Buffer, label: string): Buffer | null {
  if (!hasPdftoppm()) {
    console.warn(`SKIPPED: rendering ${label} to PNG: pdftoppm not found (apt-get install -y poppler-utils)`);
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-pdf-'));
  const file = join(dir, 'document.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'page')]);
  const png = readFileSync(join(dir, 'page.png'));
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${label}: pdftoppm did not write a PNG`);
  return png;
}

/** The text of the PDF as pdftotext reads it (null without poppler-utils). */
export function pdfText(pdf: Buffer): string | null {
  if (spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error !== undefined) return null;
  const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-pdf-'));
  const file = join(dir, 'document.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
