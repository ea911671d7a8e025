import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const has = (tool: string): boolean => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** poppler-utils renders the PDF to PNG and extracts its text; without it, say why and skip. */
export const popplerMissing = (): string | null =>
  has('pdftoppm') && has('pdftotext') ? null : 'pdftoppm/pdftotext not installed (apt-get install poppler-utils)';

/** Renders every page to PNG (returns their bytes) and the text layer, from real poppler tools. */
export function renderPdf(pdf: Buffer): { pngs: Buffer[]; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bk-pdf-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(dir, 'page')]);
  const pngs = readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
  return { pngs, text };
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
