/**
 * The renderer's Content-Security-Policy and its per-load style nonce. No 'unsafe-eval' and
 * no 'unsafe-inline': scripts come only from our origin, and the only inline styles allowed
 * are the ones carrying the nonce (AG Grid reads it from the page and tags its <style>s).
 * No Electron here.
 */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

export function buildContentSecurityPolicy(nonce: string): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('CSP nonce must be 16+ base64 chars');
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "worker-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Puts the nonce where index.html holds the literal placeholder (its csp-nonce meta). */
export function injectNonce(html: string, nonce: string): string {
  return html.split(CSP_NONCE_PLACEHOLDER).join(nonce);
}

/** 128 random bits, base64; `randomBytes` is injected so this module stays Node-free. */
export function createNonce(randomBytes: (size: number) => Uint8Array): string {
  const bytes = randomBytes(16);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
