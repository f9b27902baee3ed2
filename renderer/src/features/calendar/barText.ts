/**
 * How much of a motion's name a bar can show: the text is measured once per name with a canvas
 * in the bars' font, so a bar knows whether its name fits inside, beside it, or only in the
 * tip that hover and keyboard focus open.
 */
const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Padding inside a bar (8 px each side) and room for the edge handles. */
export const BAR_PADDING = 18;
/** A conflict badge with up to three digits and its gap. */
export const BADGE_WIDTH = 30;

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

export function textWidth(text: string): number {
  let width = widths.get(text);
  if (width !== undefined) return width;
  if (context === undefined) {
    context =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (context) context.font = FONT;
  }
  // Without a canvas (tests), 6.5 px a character is close to 12 px system-ui.
  width = context ? context.measureText(text).width : text.length * 6.5;
  if (widths.size > 5000) widths.clear();
  widths.set(text, width);
  return width;
}

export type LabelPlace = 'inside' | 'beside' | 'tip';

/**
 * Inside when the name fits in the bar (with its badge), else beside it when the gap before
 * the next bar in the row holds the name, else only in the hover / focus tip.
 */
export function labelPlace(
  name: string,
  barWidth: number,
  room: number,
  badge: boolean,
): LabelPlace {
  const needed = textWidth(name) + BAR_PADDING + (badge ? BADGE_WIDTH : 0);
  if (needed <= barWidth) return 'inside';
  return textWidth(name) + (badge ? BADGE_WIDTH : 0) + 8 <= room ? 'beside' : 'tip';
}
