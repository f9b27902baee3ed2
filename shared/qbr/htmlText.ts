/** Escaping for the pack's HTML and SVG: text and attribute values alike. */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A number for an SVG attribute: at most one decimal, never "NaN". */
export function num(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n * 10) / 10) : '0';
}

/** Cuts text to about `chars` characters with an ellipsis (SVG text does not wrap). */
export function fit(text: string, chars: number): string {
  if (chars < 2) return '';
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1))}…`;
}
