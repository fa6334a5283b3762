import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type {} from 'pdfkit'; // its typings: the global PDFKit namespace
import { ProblemError } from '../../shared/problem.ts';

// pdfkit is CommonJS with `export =` typings: required, so the types hold without esModuleInterop
const PDFDocument = createRequire(import.meta.url)('pdfkit') as new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;

/** the Debian package fonts-wqy-zenhei (installed by .ci/run and the Dockerfile): a TrueType collection */
export const DEFAULT_PDF_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';
/** the face of the collection the PDF embeds */
const FACE = 'WenQuanYiZenHei';

/** a CJK font the PDF embeds (no download at run time); a missing file is a clear 503, not a PDF of empty boxes */
export const pdfFontPath = (configured: string | undefined): string => {
  const path = configured ?? DEFAULT_PDF_FONT;
  if (!existsSync(path)) {
    throw new ProblemError(503, 'PDF_FONT_MISSING', `无法生成 PDF：未找到中文字体文件（PDF_FONT=${path}），请安装 fonts-wqy-zenhei 或配置 PDF_FONT；可先使用 HTML 版本打印`, `Cannot make the PDF: the CJK font (PDF_FONT=${path}) is missing; install fonts-wqy-zenhei or set PDF_FONT; the HTML version prints meanwhile`);
  }
  return path;
};

export type Pdf = PDFKit.PDFDocument;

/**
 * The font file's bytes, read once per path: the collection is 16 MB, and reading it for every PDF allocated that
 * much each time — in a process holding a county's read models, enough to set off a full collection of its heap.
 */
const fontBytes = new Map<string, Buffer>();
const fontOf = (path: string): Buffer => {
  let bytes = fontBytes.get(path);
  if (!bytes) fontBytes.set(path, (bytes = readFileSync(path)));
  return bytes;
};

export const A4 = { width: 595.28, height: 841.89 };

/** a new A4 document with the CJK font selected; `finish()` ends it and resolves to its bytes */
export const newPdf = (fontPath: string, options: { landscape?: boolean; margin?: number; title: string }): { doc: Pdf; finish: () => Promise<Buffer> } => {
  const margin = options.margin ?? 36;
  const doc = new PDFDocument({ size: 'A4', layout: options.landscape ? 'landscape' : 'portrait', margin, info: { Title: options.title, Producer: 'fupin-workflow' }, bufferPages: false, autoFirstPage: true });
  if (fontPath.toLowerCase().endsWith('.ttc')) doc.registerFont('cjk', fontOf(fontPath), FACE);
  else doc.registerFont('cjk', fontOf(fontPath));
  doc.font('cjk');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve) => { doc.on('end', resolve); });
  return { doc, finish: async () => { doc.end(); await ended; return Buffer.concat(chunks); } };
};

/** one line of text in a box: shrinks nothing, cuts with an ellipsis (a table row keeps its height) */
export const cellText = (doc: Pdf, text: string, x: number, y: number, width: number, height: number, options: { size?: number; align?: 'left' | 'center' | 'right' } = {}): void => {
  let size = options.size ?? 9;
  // shrink to fit rather than cut, down to 6 pt
  while (size > 6 && doc.fontSize(size).widthOfString(text) > width - 4) size -= 0.5;
  doc.fontSize(size).text(text, x + 2, y + (height - size) / 2 - 1, { width: width - 4, height: size + 2, lineBreak: false, ellipsis: true, align: options.align ?? 'center' });
};
