/**
 * Puts the pack's shared stylesheet (shared/qbr/packCss.ts, the same the CLI's file inlines)
 * on the document as a constructed stylesheet: the strict CSP allows no inline <style>
 * without the nonce, and a constructed sheet needs none. Adopted once, kept for the session.
 */
import { PACK_CSS } from '../../../../shared/qbr/packCss';

let adopted = false;

export function adoptPackStyles(): void {
  if (adopted) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PACK_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  adopted = true;
}
