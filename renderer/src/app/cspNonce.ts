/**
 * The style nonce the server (app:// protocol in Electron, serve-web in the browser) put in
 * index.html; AG Grid needs it to inject its <style> tags under the strict CSP.
 */
const meta = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]');
const value = meta?.content ?? '';

export const styleNonce: string | undefined =
  value && value !== '__CSP_NONCE__' ? value : undefined;
