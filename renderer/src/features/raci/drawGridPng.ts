/**
 * Draws a RACI grid on a canvas and returns it as PNG bytes — no library, no network. The
 * picture matches presenter mode: title, role columns, phase bands, letter badges, legend.
 */
import { RACI_LETTERS, type RaciGrid, type RaciLetter } from '../../../../shared/domain/types';
import { LETTER_MEANINGS, cellLetters } from '../../../../shared/raci/letters';
import { sourceTitle } from '../../../../shared/raci/sourceTitle';

export const LETTER_COLORS: Record<RaciLetter, string> = {
  R: '#1d4ed8',
  A: '#b91c1c',
  C: '#047857',
  I: '#4b5563',
};

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const PAD = 32;
const HEAD_H = 48;
const ROW_H = 40;
const PHASE_H = 30;
const BADGE = 24;
const SCALE = 2;

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

function drawBadge(ctx: CanvasRenderingContext2D, letter: RaciLetter, x: number, y: number): void {
  ctx.fillStyle = LETTER_COLORS[letter];
  ctx.beginPath();
  ctx.roundRect(x, y, BADGE, BADGE, 5);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold 15px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(letter, x + BADGE / 2, y + BADGE / 2 + 1);
}

export function drawGrid(grid: RaciGrid, canvas: HTMLCanvasElement): void {
  const measure = canvas.getContext('2d');
  if (!measure) throw new Error('This system cannot draw images (no 2D canvas).');
  measure.font = `16px ${FONT}`;
  const nameW = Math.max(
    180,
    ...grid.activities.map((a) => measure.measureText(oneLine(a.name)).width + 28),
  );
  measure.font = `bold 15px ${FONT}`;
  const roleW = grid.roles.map((r) =>
    Math.max(96, measure.measureText(oneLine(r.name)).width + 28),
  );
  const tableW = nameW + roleW.reduce((s, w) => s + w, 0);
  const phaseCount = grid.activities.filter(
    (a, i) => a.phase !== '' && grid.activities[i - 1]?.phase !== a.phase,
  ).length;
  const tableH = HEAD_H + grid.activities.length * ROW_H + phaseCount * PHASE_H;
  measure.font = `bold 26px ${FONT}`;
  const titleW = measure.measureText(oneLine(grid.name)).width;
  measure.font = `13px ${FONT}`;
  const sourceW = grid.source
    ? measure.measureText(`Source: ${oneLine(sourceTitle(grid.source))}`).width
    : 0;
  const width = Math.max(tableW, titleW, sourceW, 640) + PAD * 2;
  const height = PAD + 64 + tableH + 24 + 60 + PAD;

  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#111111';
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.font = `bold 26px ${FONT}`;
  ctx.fillText(oneLine(grid.name), PAD, PAD + 26);
  if (grid.source) {
    ctx.font = `13px ${FONT}`;
    ctx.fillStyle = '#444444';
    ctx.fillText(`Source: ${oneLine(sourceTitle(grid.source))}`, PAD, PAD + 50);
  }

  let y = PAD + 64;
  const x0 = PAD;
  ctx.fillStyle = '#111827';
  ctx.fillRect(x0, y, tableW, HEAD_H);
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold 15px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText('Activity', x0 + 12, y + HEAD_H / 2);
  let x = x0 + nameW;
  grid.roles.forEach((role, i) => {
    ctx.textAlign = 'center';
    ctx.fillText(oneLine(role.name), x + (roleW[i] ?? 0) / 2, y + HEAD_H / 2);
    x += roleW[i] ?? 0;
  });
  y += HEAD_H;

  grid.activities.forEach((activity, row) => {
    if (activity.phase !== '' && grid.activities[row - 1]?.phase !== activity.phase) {
      ctx.fillStyle = '#e5e7eb';
      ctx.fillRect(x0, y, tableW, PHASE_H);
      ctx.fillStyle = '#111111';
      ctx.font = `bold 14px ${FONT}`;
      ctx.textAlign = 'left';
      ctx.fillText(oneLine(activity.phase).toUpperCase(), x0 + 12, y + PHASE_H / 2);
      y += PHASE_H;
    }
    ctx.fillStyle = row % 2 ? '#f6f7f9' : '#ffffff';
    ctx.fillRect(x0, y, tableW, ROW_H);
    ctx.fillStyle = '#111111';
    ctx.font = `16px ${FONT}`;
    ctx.textAlign = 'left';
    ctx.fillText(oneLine(activity.name), x0 + 12, y + ROW_H / 2);
    let cx = x0 + nameW;
    grid.roles.forEach((role, i) => {
      const w = roleW[i] ?? 0;
      const letters = cellLetters(grid, activity.id, role.id);
      const total = letters.length * BADGE + Math.max(0, letters.length - 1) * 4;
      letters.forEach((letter, k) =>
        drawBadge(ctx, letter, cx + (w - total) / 2 + k * (BADGE + 4), y + (ROW_H - BADGE) / 2),
      );
      cx += w;
    });
    ctx.strokeStyle = '#d1d5db';
    ctx.beginPath();
    ctx.moveTo(x0, y + ROW_H - 0.5);
    ctx.lineTo(x0 + tableW, y + ROW_H - 0.5);
    ctx.stroke();
    y += ROW_H;
  });

  y += 24;
  let lx = PAD;
  ctx.textBaseline = 'middle';
  for (const letter of RACI_LETTERS) {
    drawBadge(ctx, letter, lx, y);
    ctx.fillStyle = '#111111';
    ctx.font = `13px ${FONT}`;
    ctx.textAlign = 'left';
    const text = LETTER_MEANINGS[letter].split(' — ')[0] ?? '';
    ctx.fillText(text, lx + BADGE + 6, y + BADGE / 2);
    lx += BADGE + 6 + ctx.measureText(text).width + 24;
  }
}

export async function gridToPng(grid: RaciGrid): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  drawGrid(grid, canvas);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The picture could not be made.');
  return new Uint8Array(await blob.arrayBuffer());
}
