/**
 * The pack's stylesheet, shared by the app (adopted as a constructed stylesheet, which the
 * strict CSP allows) and the CLI's standalone file (inline). Everything is under .qbr-, so
 * it never reaches the app's own UI. Sizes are in cqw (a hundredth of the page's width), so
 * one slide reads the same in a preview, on a projector and on a 1280×720 printed page.
 * Pages are always dark on white, like the RACI presenter, whatever the OS theme.
 */
export const PACK_CSS = `
.qbr-pack { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.qbr-page { container-type: inline-size; aspect-ratio: 16 / 9; position: relative; overflow: hidden;
  background: #ffffff; color: #111827; box-sizing: border-box; }
.qbr-slide { position: absolute; inset: 0; box-sizing: border-box; padding: 3cqw 4cqw 1.6cqw;
  display: flex; flex-direction: column; gap: 1.2cqw; font-size: 1.35cqw; line-height: 1.3; }
.qbr-head { border-bottom: 0.25cqw solid #1d4ed8; padding-bottom: 0.8cqw; }
.qbr-title { margin: 0; font-size: 2.5cqw; font-weight: 700; color: #0b1f4d; }
.qbr-subtitle { margin: 0.3cqw 0 0; font-size: 1.25cqw; color: #4b5563; }
.qbr-page[data-section="title"] .qbr-head { margin-top: 6cqw; border-bottom-width: 0.4cqw; }
.qbr-page[data-section="title"] .qbr-title { font-size: 4cqw; }
.qbr-page[data-section="title"] .qbr-subtitle { font-size: 1.7cqw; }
.qbr-body { flex: 1; min-height: 0; display: flex; flex-direction: column; gap: 1.2cqw; overflow: hidden; }
.qbr-foot { display: flex; justify-content: space-between; gap: 2cqw; font-size: 0.95cqw; color: #4b5563;
  border-top: 0.08cqw solid #d1d5db; padding-top: 0.5cqw; }
.qbr-foot > span:first-child { min-width: 0; overflow: hidden; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; }
.qbr-count { flex: none; white-space: nowrap; }
.qbr-caption { margin: 0 0 0.4cqw; font-size: 1.3cqw; font-weight: 600; text-align: left; color: #111827; }
.qbr-facts { display: flex; flex-wrap: wrap; gap: 1cqw; margin: 0; }
.qbr-fact { border: 0.1cqw solid #d1d5db; border-radius: 0.5cqw; padding: 0.7cqw 1.2cqw; min-width: 11cqw; background: #f9fafb; }
.qbr-fact dt { font-size: 1.05cqw; color: #4b5563; }
.qbr-fact dd { margin: 0.2cqw 0 0; font-size: 2.2cqw; font-weight: 700; }
.qbr-fact.is-warn { border-color: #b45309; background: #fffbeb; }
.qbr-fact.is-warn dd { color: #92400e; }
.qbr-table { border-collapse: collapse; width: 100%; font-size: 1.2cqw; }
.qbr-table th, .qbr-table td { border-bottom: 0.08cqw solid #d1d5db; padding: 0.35cqw 0.7cqw; text-align: left; vertical-align: top; }
.qbr-table thead th { background: #0b1f4d; color: #ffffff; font-weight: 600; }
.qbr-table .qbr-num { text-align: right; font-variant-numeric: tabular-nums; }
.qbr-more, .qbr-empty { margin: 0.4cqw 0 0; color: #4b5563; font-style: italic; }
.qbr-raci td, .qbr-raci thead th { text-align: center; }
.qbr-raci thead th:first-child { text-align: left; }
.qbr-raci tbody th { text-align: left; font-weight: 600; }
.qbr-raci-phase th { background: #e5e7eb; text-transform: uppercase; font-size: 0.9cqw; }
.qbr-l { display: inline-block; min-width: 1.5em; margin: 0 0.1em; border-radius: 0.3em; font-weight: 700; color: #ffffff; }
.qbr-l-R { background: #1d4ed8; } .qbr-l-A { background: #b91c1c; }
.qbr-l-C { background: #047857; } .qbr-l-I { background: #6b7280; }
.qbr-columns { display: flex; gap: 1.5cqw; }
.qbr-col { flex: 1; border: 0.1cqw solid #d1d5db; border-radius: 0.5cqw; padding: 1cqw 1.2cqw; background: #f9fafb; }
.qbr-col h3 { margin: 0; font-size: 1.5cqw; }
.qbr-col-sub { margin: 0.3cqw 0 0.6cqw; color: #4b5563; font-size: 1.1cqw; }
.qbr-col ul, .qbr-list ol { margin: 0; padding-left: 1.4em; }
.qbr-col li, .qbr-list li { margin: 0.3cqw 0; }
.qbr-list { font-size: 1.5cqw; }
.qbr-notice { margin: 0; padding: 0.8cqw 1.2cqw; border-radius: 0.5cqw; border-left: 0.5cqw solid #6b7280; background: #f3f4f6; }
.qbr-notice-not-agreed { border-left-color: #b45309; background: #fffbeb; color: #78350f; font-weight: 600; }
.qbr-notice-agreed { border-left-color: #047857; background: #ecfdf5; color: #064e3b; }
.qbr-notice-warn { border-left-color: #b91c1c; background: #fef2f2; color: #7f1d1d; }
.qbr-figure { margin: 0; }
.qbr-figure figcaption { font-size: 1.3cqw; font-weight: 600; margin-bottom: 0.4cqw; }
.qbr-svg { display: block; width: 100%; height: auto; max-height: 100%; font-family: inherit; }
.qbr-svg text { font-size: 15px; fill: #111827; }
.qbr-svg .qbr-svg-bar { fill: #1d4ed8; }
.qbr-svg .qbr-svg-value { font-weight: 600; }
.qbr-svg .qbr-svg-tick { stroke: #d1d5db; stroke-width: 1; }
.qbr-svg .qbr-svg-tick-label { font-size: 14px; fill: #374151; }
.qbr-svg .qbr-svg-lane { fill: #f9fafb; stroke: #e5e7eb; }
.qbr-svg .qbr-svg-lane-label { font-weight: 600; font-size: 14px; }
.qbr-svg .qbr-svg-motion-label { fill: #ffffff; font-weight: 600; font-size: 14px; }
.qbr-svg .qbr-svg-motion-after { font-size: 14px; fill: #111827; }
.qbr-page * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
`;

/** The standalone file's page: slides stacked on a grey desk, one 1280×720 page each in print. */
export const DOCUMENT_CSS = `
html, body.qbr-document { margin: 0; background: #e5e7eb; }
.qbr-document .qbr-page { width: min(1280px, calc(100vw - 32px)); margin: 16px auto; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); }
@page { size: 1280px 720px; margin: 0; }
@media print {
  html, body.qbr-document { background: #ffffff; }
  .qbr-document .qbr-page { width: 1280px; height: 720px; margin: 0; box-shadow: none; break-after: page; }
  .qbr-document .qbr-page:last-child { break-after: auto; }
}
`;
