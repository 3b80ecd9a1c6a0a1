import bwipjs from 'bwip-js/node';
import {
  DOTS_PER_MM,
  PAPER,
  layoutBlocks,
  type Block,
  type PaperSize,
  type PrintDocument,
  type TableColumn,
} from '../../../shared/print/layout.ts';
import { printT } from './i18n.ts';
import { PNG_DATA_URL_PREFIX, pngBase64, readPngHeader } from '../../../shared/print/png.ts';

/**
 * The HTML rendering of a document at a paper size: the on-screen preview, the page Chromium turns
 * into a PDF, and what the Electron shell hands to `webContents.print`. Text is escaped here, once,
 * as it is written out; barcodes are inline SVG from bwip-js, so the page loads nothing.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// eslint-disable-next-line no-control-regex -- matches control characters on purpose, to strip them from printed pages
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
function escapeHtml(text: string): string {
  return text.replace(CONTROLS, '').replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

const svgCache = new Map<string, string>();
function barcodeSvg(bcid: 'qrcode' | 'code128', data: string): string {
  const key = `${bcid}\u0000${data}`;
  let svg = svgCache.get(key);
  if (svg === undefined) {
    svg =
      bcid === 'qrcode'
        ? // eclevel is a BWIPP option the type declarations do not list
          bwipjs.toSVG({ bcid, text: data, eclevel: 'M' } as bwipjs.RenderOptions)
        : // ten modules of quiet zone each side, so a scanner finds the ends
          bwipjs.toSVG({ bcid, text: data, height: 10, includetext: false, paddingwidth: 10 });
    if (svgCache.size > 500) svgCache.delete(svgCache.keys().next().value as string);
    svgCache.set(key, svg);
  }
  return svg;
}

/** Width in millimetres of a Code 128 symbol at 0.33 mm a module (bwip-js draws 2 units a module). */
function code128WidthMm(svg: string): number {
  const m = /viewBox="0 0 (\d+(?:\.\d+)?) /.exec(svg);
  return m ? (Number(m[1]) / 2) * 0.33 : 40;
}

interface Look {
  fontPx: number;
  qrMm: number;
  barHeightMm: number;
}

const LOOK: Record<PaperSize, Look> = {
  '58mm': { fontPx: 11, qrMm: 26, barHeightMm: 10 },
  '80mm': { fontPx: 12.5, qrMm: 30, barHeightMm: 11 },
  A5: { fontPx: 12.5, qrMm: 24, barHeightMm: 10 },
  A4: { fontPx: 13.5, qrMm: 34, barHeightMm: 14 },
  label40x30: { fontPx: 7, qrMm: 11, barHeightMm: 5 },
};

/**
 * CJK fonts with TrueType outlines first: Chromium embeds those as compact CID subsets, while the CFF
 * outlines of Noto Sans CJK become Type 3 glyphs that take about twice as long to write into a PDF.
 */
const FONTS = `"WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif`;

function pageCss(paper: PaperSize): string {
  const spec = PAPER[paper];
  const look = LOOK[paper];
  const roll = spec.heightMm === null;
  const page = roll
    ? // A roll has no fixed length: the PDF renderer measures the content and sizes the page to it.
      `@page { margin: 0; }
       body { width: ${spec.widthMm - 2 * spec.marginMm}mm; padding: 3mm ${spec.marginMm}mm 4mm; }`
    : paper === 'label40x30'
      ? `@page { size: ${spec.widthMm}mm ${spec.heightMm}mm; margin: 0; }
         body { width: ${spec.widthMm - 2 * spec.marginMm}mm; height: ${spec.heightMm! - 2 * spec.marginMm}mm; padding: ${spec.marginMm}mm; overflow: hidden; }`
      : `@page { size: ${paper}; margin: ${spec.marginMm}mm; }
         body { width: ${spec.widthMm - 2 * spec.marginMm}mm; padding: 0; }`;
  return `
    * { box-sizing: content-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; background: #fff; }
    ${page}
    body { margin: 0; color: #000; font-family: ${FONTS}; font-size: ${look.fontPx}px; line-height: 1.3; }
    .t, .kv > span { white-space: pre-wrap; overflow-wrap: anywhere; word-break: normal; }
    .l { text-align: left; } .c { text-align: center; } .r { text-align: right; }
    .b { font-weight: 700; }
    .s2 { font-size: 1.9em; line-height: 1.15; font-weight: 700; }
    .sep { border: 0; border-top: 1px dashed #000; margin: 0.35em 0; }
    .sep.eq { border-top: 3px double #000; }
    .kv { display: flex; justify-content: space-between; gap: 0.8em; }
    .kv > .v { text-align: right; margin-left: auto; }
    .code { margin: 0.4em 0; display: flex; flex-direction: column; }
    .code.l { align-items: flex-start; } .code.c { align-items: center; } .code.r { align-items: flex-end; }
    .code svg { display: block; max-width: 100%; }
    .qr svg { width: ${look.qrMm}mm; height: ${look.qrMm}mm; }
    .bar svg { height: ${look.barHeightMm}mm; }
    .hri { font-size: 0.9em; letter-spacing: 0.05em; }
    .img { margin: 0.3em 0; display: flex; } .img.l { justify-content: flex-start; } .img.c { justify-content: center; } .img.r { justify-content: flex-end; }
    .img img { display: block; max-width: 100%; height: auto; }
    .img, .code { break-inside: avoid; }
    .t.b { break-after: avoid; }
    .tbl { width: 100%; border-collapse: collapse; }
    .tbl th, .tbl td { padding: 0.05em 0 0.05em 0.6em; vertical-align: top; white-space: pre-wrap; overflow-wrap: anywhere; }
    .tbl th:first-child, .tbl td:first-child { padding-left: 0; }
    .tbl th { font-weight: 700; border-bottom: 1px solid #000; }
    .tbl .nw { white-space: nowrap; }
    .tbl tr { break-inside: avoid; }
    .cut, .drawer { display: none; }
    @media screen {
      html { background: #eee; }
      body { background: #fff; box-shadow: 0 0 0.5em rgba(0,0,0,.2); margin: 1em auto; }
      .cut { display: block; border-top: 1px dashed #999; margin: 0.8em -${spec.marginMm}mm; }
      .drawer { display: block; color: #777; font-size: 0.85em; text-align: center; }
    }
    ${roll ? '' : '.cut { break-after: page; }'}
    ${paper === 'label40x30' ? '.sep { margin: 0.2em 0; } .code { margin: 0.2em 0; }' : ''}
  `;
}

/**
 * An image as a data URL (the page's CSP allows `img-src data:` and nothing else), as wide as the
 * block asks or as its pixels at the thermal printers' 8 dots a millimetre, never wider than the
 * printable width; on a label never taller than the label either.
 */
function imageHtml(block: Extract<Block, { t: 'image' }>, paper: PaperSize): string {
  const spec = PAPER[paper];
  const header = readPngHeader(block.png);
  const natural = header ? header.width / DOTS_PER_MM : spec.widthMm;
  let width = Math.min(block.widthMm ?? natural, spec.widthMm - 2 * spec.marginMm);
  if (header && spec.heightMm !== null) width = Math.min(width, ((spec.heightMm - 2 * spec.marginMm) * header.width) / header.height);
  const base64 = pngBase64(block.png);
  return `<div class="img ${(block.align ?? 'center')[0]}"><img alt="" src="${PNG_DATA_URL_PREFIX}${escapeHtml(base64)}" style="width:${width.toFixed(1)}mm"></div>`;
}

/** A table block as a real `<table>`: `fit` columns never wrap, `fill` ones take the rest. */
function tableHtml(block: Extract<Block, { t: 'table' }>): string {
  const cls = (c: TableColumn) => [(c.align ?? 'left')[0], (c.width ?? 'fit') === 'fit' ? 'nw' : ''].filter(Boolean).join(' ');
  const width = (c: TableColumn) =>
    c.width === 'fill' ? ' style="width:100%"' : typeof c.width === 'number' ? ` style="width:${c.width}ch"` : '';
  const head = block.columns.some((c) => c.header)
    ? `<thead><tr>${block.columns.map((c) => `<th class="${cls(c)}"${width(c)}>${escapeHtml(c.header ?? '')}</th>`).join('')}</tr></thead>`
    : '';
  const rows = block.rows
    .map(
      (r) =>
        `<tr${r.bold ? ' class="b"' : ''}>${r.cells.map((cell, i) => `<td class="${cls(block.columns[i]!)}">${escapeHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table class="tbl">${head}<tbody>${rows}</tbody></table>`;
}

function blockHtml(block: Block, paper: PaperSize, locale: PrintDocument['locale']): string {
  switch (block.t) {
    case 'text': {
      const cls = ['t', (block.align ?? 'left')[0], block.bold ? 'b' : '', block.size === 2 ? 's2' : ''].filter(Boolean).join(' ');
      return `<div class="${cls}">${escapeHtml(block.text) || '&nbsp;'}</div>`;
    }
    case 'separator':
      return `<hr class="sep${block.char === '=' ? ' eq' : ''}">`;
    case 'kv': {
      const cls = ['kv', block.bold ? 'b' : '', block.size === 2 ? 's2' : ''].filter(Boolean).join(' ');
      return `<div class="${cls}"><span class="k">${escapeHtml(block.key)}</span><span class="v">${escapeHtml(block.value)}</span></div>`;
    }
    case 'table':
      return tableHtml(block);
    case 'qr':
      return `<div class="code qr ${(block.align ?? 'center')[0]}">${barcodeSvg('qrcode', block.data)}</div>`;
    case 'code128': {
      const svg = barcodeSvg('code128', block.data);
      const width = Math.min(code128WidthMm(svg), PAPER[paper].widthMm - 2 * PAPER[paper].marginMm);
      const sized = svg.replace('<svg ', `<svg style="width:${width.toFixed(1)}mm" preserveAspectRatio="none" `);
      return `<div class="code bar ${(block.align ?? 'center')[0]}">${sized}<div class="hri">${escapeHtml(block.data)}</div></div>`;
    }
    case 'image':
      return imageHtml(block, paper);
    case 'spacer':
      return `<div style="height:${(block.lines * 1.3).toFixed(1)}em"></div>`;
    case 'cut':
      return '<div class="cut"></div>';
    case 'drawer':
      return `<div class="drawer">${escapeHtml(printT(locale)('preview.drawer'))}</div>`;
  }
}

/** The whole page, self-contained: a strict CSP in the page itself, no scripts, no external loads. */
export function renderHtml(doc: PrintDocument, paper: PaperSize): string {
  const body = layoutBlocks(doc)
    .map((b) => blockHtml(b, paper, doc.locale))
    .join('\n');
  return `<!doctype html>
<html lang="${doc.locale}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(doc.title)}</title>
<style>${pageCss(paper)}</style>
</head><body data-paper="${paper}">
${body}
</body></html>`;
}
