import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const REGULAR = `${FONT_DIR}/DejaVuSans.ttf`;
const BOLD = `${FONT_DIR}/DejaVuSans-Bold.ttf`;

export interface PdfFonts {
  regular: string;
  bold: string;
  /** False when DejaVu is missing: Helvetica (WinAnsi) still has å, ä, ö but not every character. */
  embedded: boolean;
}

let warned = false;

/** DejaVu Sans is embedded for Swedish text; without it (no fonts-dejavu-core) the PDF falls back to Helvetica. */
function registerFonts(doc: PDFKit.PDFDocument): PdfFonts {
  if (existsSync(REGULAR) && existsSync(BOLD)) {
    doc.registerFont('Body', REGULAR);
    doc.registerFont('Body-Bold', BOLD);
    return { regular: 'Body', bold: 'Body-Bold', embedded: true };
  }
  if (!warned) {
    warned = true;
    process.emitWarning(`DejaVu Sans not found in ${FONT_DIR}; PDFs use Helvetica (install fonts-dejavu-core)`);
  }
  return { regular: 'Helvetica', bold: 'Helvetica-Bold', embedded: false };
}

/** A small writer over pdfkit with the layout every export uses: headings, key–value lines, paragraphs. */
export class PdfWriter {
  readonly fonts: PdfFonts;

  constructor(readonly doc: PDFKit.PDFDocument) {
    this.fonts = registerFonts(doc);
    doc.font(this.fonts.regular).fontSize(10);
  }

  title(text: string, subtitle?: string): this {
    this.doc.font(this.fonts.bold).fontSize(18).text(text);
    if (subtitle) this.doc.font(this.fonts.regular).fontSize(12).text(subtitle);
    this.doc.moveDown(0.8).font(this.fonts.regular).fontSize(10);
    return this;
  }

  heading(text: string): this {
    this.doc.moveDown(0.6).font(this.fonts.bold).fontSize(13).text(text).moveDown(0.3).font(this.fonts.regular).fontSize(10);
    return this;
  }

  subheading(text: string): this {
    this.doc.moveDown(0.4).font(this.fonts.bold).fontSize(11).text(text).font(this.fonts.regular).fontSize(10);
    return this;
  }

  field(label: string, value: string | null | undefined): this {
    if (value === null || value === undefined || value === '') return this;
    this.doc.font(this.fonts.bold).text(`${label}: `, { continued: true }).font(this.fonts.regular).text(value);
    return this;
  }

  paragraph(text: string, options: { indent?: number; muted?: boolean } = {}): this {
    if (options.muted) this.doc.fillColor('#555555');
    this.doc.text(text, { indent: options.indent ?? 0, paragraphGap: 2 });
    if (options.muted) this.doc.fillColor('black');
    return this;
  }

  bullets(lines: readonly string[]): this {
    for (const line of lines) this.doc.text(`•  ${line}`, { indent: 10, paragraphGap: 1 });
    return this;
  }
}

/** Renders a document to bytes. `createdAt` is the request's clock, so a test's PDF has a stable date. */
export function renderPdf(
  info: { title: string; createdAt: string; archival?: boolean },
  draw: (writer: PdfWriter) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    bufferPages: true,
    // PDF/A-1b for documents kept as public records: embedded fonts, XMP metadata, no encryption.
    ...(info.archival ? { subset: 'PDF/A-1b' as const, pdfVersion: '1.4' as const, tagged: true } : {}),
    info: { Title: info.title, Creator: 'Beslutskedjan', CreationDate: new Date(info.createdAt) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const writer = new PdfWriter(doc);
  draw(writer);
  const pages = doc.bufferedPageRange();
  for (let i = pages.start; i < pages.start + pages.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit start a new page; lift the margin while the footer is written.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(writer.fonts.regular).fontSize(8).fillColor('#555555');
    doc.text(`${info.title} – sida ${i + 1} av ${pages.count}`, doc.page.margins.left, doc.page.height - margin + 16, { lineBreak: false });
    doc.fillColor('black');
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;
}
