/**
 * The QBR pack as HTML, from the pack model: the pages the app shows, presents and prints,
 * and the one self-contained file the CLI writes (inline CSS and SVG, a CSP that forbids
 * every fetch, so opening it makes no network request). Pure string building: the same
 * code runs in the renderer and in Node. Pages carry no inline style attributes (the app's
 * CSP forbids them); drawings are SVG with presentation attributes.
 */
import type { QbrBlock, QbrPack, QbrPage } from './packTypes';
import { esc } from './htmlText';
import { DOCUMENT_CSS, PACK_CSS } from './packCss';
import { barsSvg, timelineSvg } from './svgBlocks';

function tableHtml(block: Extract<QbrBlock, { kind: 'table' }>): string {
  const numeric = new Set(block.numeric ?? []);
  const cls = (i: number) => (numeric.has(i) ? ' class="qbr-num"' : '');
  const head = block.headers.map((h, i) => `<th scope="col"${cls(i)}>${esc(h)}</th>`).join('');
  const body = block.rows
    .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${esc(c)}</td>`).join('')}</tr>`)
    .join('');
  if (block.rows.length === 0) {
    return `<div class="qbr-block"><h3 class="qbr-caption">${esc(block.caption)}</h3><p class="qbr-empty">${esc(block.empty ?? 'None.')}</p></div>`;
  }
  const more = block.more ? `<p class="qbr-more">${esc(block.more)}</p>` : '';
  return `<div class="qbr-block"><table class="qbr-table"><caption class="qbr-caption">${esc(block.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${more}</div>`;
}

function raciHtml(block: Extract<QbrBlock, { kind: 'raci' }>): string {
  const head = block.roles.map((r) => `<th scope="col">${esc(r)}</th>`).join('');
  let phase = '';
  const rows: string[] = [];
  for (const row of block.rows) {
    if (row.phase && row.phase !== phase) {
      phase = row.phase;
      rows.push(
        `<tr class="qbr-raci-phase"><th scope="rowgroup" colspan="${block.roles.length + 1}">${esc(phase)}</th></tr>`,
      );
    }
    const cells = row.cells
      .map(
        (letters) =>
          `<td>${[...letters].map((l) => `<span class="qbr-l qbr-l-${esc(l)}">${esc(l)}</span>`).join('')}</td>`,
      )
      .join('');
    rows.push(`<tr><th scope="row">${esc(row.activity)}</th>${cells}</tr>`);
  }
  return `<table class="qbr-table qbr-raci"><thead><tr><th scope="col">Activity</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function blockHtml(block: QbrBlock): string {
  switch (block.kind) {
    case 'facts':
      return `<dl class="qbr-facts">${block.items
        .map(
          (f) =>
            `<div class="qbr-fact${f.warn ? ' is-warn' : ''}"><dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd></div>`,
        )
        .join('')}</dl>`;
    case 'table':
      return tableHtml(block);
    case 'bars':
      return barsSvg(block);
    case 'timeline':
      return timelineSvg(block);
    case 'raci':
      return raciHtml(block);
    case 'columns':
      return `<div class="qbr-columns">${block.columns
        .map(
          (c) =>
            `<section class="qbr-col"><h3>${esc(c.heading)}</h3><p class="qbr-col-sub">${esc(c.sub)}</p><ul>${c.lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></section>`,
        )
        .join('')}</div>`;
    case 'list':
      return `<div class="qbr-list"><h3 class="qbr-caption">${esc(block.caption)}</h3><ol>${block.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ol></div>`;
    case 'notice':
      return `<p class="qbr-notice qbr-notice-${block.tone}" role="note">${esc(block.text)}</p>`;
  }
}

export function pageHtml(page: QbrPage, index: number, total: number): string {
  const n = `${index + 1} / ${total}`;
  return (
    `<section class="qbr-page" data-section="${esc(page.section)}" aria-label="${esc(`Page ${index + 1} of ${total}: ${page.title}`)}">` +
    `<div class="qbr-slide"><header class="qbr-head"><h2 class="qbr-title">${esc(page.title)}</h2>` +
    (page.subtitle ? `<p class="qbr-subtitle">${esc(page.subtitle)}</p>` : '') +
    `</header><div class="qbr-body">${page.blocks.map(blockHtml).join('')}</div>` +
    `<footer class="qbr-foot"><span>${esc(page.footnote)}</span><span class="qbr-count">${n}</span></footer></div></section>`
  );
}

/** Every page, in order: what the app puts in its preview, presenter and print view. */
export function packPagesHtml(pages: readonly QbrPage[]): string[] {
  return pages.map((p, i) => pageHtml(p, i, pages.length));
}

/**
 * The CSP of the standalone file: nothing may be fetched (no script, image, font or style
 * from anywhere); only its own inline <style> applies.
 */
export const DOCUMENT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The whole pack as one self-contained HTML document (16:9 pages when printed). */
export function renderPackDocument(pack: QbrPack): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(DOCUMENT_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(pack.title)}</title>`,
    `<style>${PACK_CSS}\n${DOCUMENT_CSS}</style>`,
    '</head>',
    '<body class="qbr-document">',
    `<main class="qbr-pack">${packPagesHtml(pack.pages).join('\n')}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
