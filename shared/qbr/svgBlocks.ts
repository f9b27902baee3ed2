/**
 * The pack's two drawings as inline SVG (no script, no external reference): a horizontal
 * bar chart, and the calendar timeline (lanes, rows of bars, week or month marks). Drawn in
 * a 1200-unit-wide viewBox that the slide scales, so text sizes hold at 1280×720.
 */
import { toDayNumber } from '../dates/calendarDate';
import type { QbrBlock, TimelineBar } from './packTypes';
import { esc, fit, num } from './htmlText';

type Bars = Extract<QbrBlock, { kind: 'bars' }>;
type Timeline = Extract<QbrBlock, { kind: 'timeline' }>;

const W = 1200;
/** Average glyph width of the 15-unit labels, to cut names that would not fit. */
const GLYPH = 7.6;

export function barsSvg(block: Bars): string {
  const rowH = 26;
  const labelW = 330;
  // Room after the longest bar for the longest value ("100% (110 of 110)"), bold.
  let longest = 0;
  for (const b of block.bars) longest = Math.max(longest, b.display.length);
  const valueW = Math.max(110, Math.ceil(longest * GLYPH * 1.15) + 16);
  const h = block.bars.length * rowH + 6;
  let max = 1;
  for (const b of block.bars) max = Math.max(max, b.value);
  const span = W - labelW - valueW;
  const rows = block.bars.map((b, i) => {
    const y = i * rowH + 4;
    const w = Math.max(2, (b.value / max) * span);
    return (
      `<text x="${labelW - 10}" y="${num(y + 17)}" text-anchor="end" class="qbr-svg-label">${esc(fit(b.label, 40))}</text>` +
      `<rect x="${labelW}" y="${num(y + 3)}" width="${num(w)}" height="${rowH - 8}" rx="3" class="qbr-svg-bar"></rect>` +
      `<text x="${num(labelW + w + 8)}" y="${num(y + 17)}" class="qbr-svg-value">${esc(b.display)}</text>`
    );
  });
  const summary = block.bars.map((b) => `${b.label}: ${b.display}`).join('; ');
  return `<figure class="qbr-figure"><figcaption>${esc(block.caption)}</figcaption><svg class="qbr-svg" viewBox="0 0 ${W} ${h}" role="img" aria-label="${esc(`${block.caption}. ${summary}`)}">${rows.join('')}</svg></figure>`;
}

export function timelineSvg(block: Timeline): string {
  const rowCount = block.lanes.reduce((n, l) => n + l.rows.length, 0);
  if (rowCount === 0) return `<p class="qbr-empty">${esc(block.empty)}</p>`;
  const labelW = 230;
  const headH = 30;
  const rowH = 34;
  const first = toDayNumber(block.start);
  const days = toDayNumber(block.end) - first + 1;
  const dayW = (W - labelW) / days;
  const x = (day: string) => labelW + (toDayNumber(day) - first) * dayW;
  const h = headH + rowCount * rowH + 2;
  const out: string[] = [];
  for (const t of block.ticks) {
    const tx = x(t.day);
    out.push(
      `<line x1="${num(tx)}" y1="${headH - 6}" x2="${num(tx)}" y2="${h}" class="qbr-svg-tick"></line>`,
      `<text x="${num(tx + 4)}" y="18" class="qbr-svg-tick-label">${esc(t.label)}</text>`,
    );
  }
  let y = headH;
  for (const lane of block.lanes) {
    const laneH = lane.rows.length * rowH;
    out.push(
      `<rect x="0" y="${y}" width="${W}" height="${laneH}" class="qbr-svg-lane"></rect>`,
      `<text x="8" y="${y + 22}" class="qbr-svg-lane-label">${esc(fit(lane.label, 27))}</text>`,
    );
    lane.rows.forEach((row, r) => {
      const sorted = [...row].sort((a, b) => (a.start < b.start ? -1 : 1));
      sorted.forEach((bar, i) => {
        const next = sorted[i + 1];
        out.push(
          barSvg(bar, x(bar.start), x(bar.end) + dayW, next ? x(next.start) : W, y + r * rowH),
        );
      });
    });
    y += laneH;
  }
  const label = `Timeline of ${rowCount} row(s) of motions from ${block.start} to ${block.end}`;
  return `<svg class="qbr-svg qbr-timeline" viewBox="0 0 ${W} ${h}" role="img" aria-label="${esc(label)}">${out.join('')}</svg>`;
}

function barSvg(bar: TimelineBar, x0: number, x1: number, limit: number, y: number): string {
  const w = Math.max(3, x1 - x0 - 2);
  const rect = `<rect x="${num(x0 + 1)}" y="${y + 5}" width="${num(w)}" height="24" rx="${bar.clippedStart || bar.clippedEnd ? 0 : 4}" fill="${esc(bar.color)}" class="qbr-svg-motion"><title>${esc(`${bar.label}: ${bar.start} – ${bar.end}`)}</title></rect>`;
  const name = `${bar.clippedStart ? '◂ ' : ''}${bar.label}${bar.clippedEnd ? ' ▸' : ''}`;
  const inside = Math.floor((w - 10) / GLYPH);
  if (inside >= Math.min(name.length, 8)) {
    return `${rect}<text x="${num(x0 + 6)}" y="${y + 22}" class="qbr-svg-motion-label">${esc(fit(name, inside))}</text>`;
  }
  // Too narrow for its name: the name follows the bar, as far as the next bar of the row.
  const after = Math.floor((limit - (x0 + w) - 10) / GLYPH);
  return `${rect}<text x="${num(x0 + w + 5)}" y="${y + 22}" class="qbr-svg-motion-after">${esc(fit(name, after))}</text>`;
}
