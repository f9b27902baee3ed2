// The page may run only our own scripts, and only nonce-tagged inline styles (AG Grid's).
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildContentSecurityPolicy,
  createNonce,
  CSP_NONCE_PLACEHOLDER,
  injectNonce,
} from '../../../electron/modules/contentSecurityPolicy';

const directives = (policy: string) =>
  new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...values] = directive.split(' ');
      return [name, values] as const;
    }),
  );

describe('content security policy', () => {
  const nonce = createNonce((size) => randomBytes(size));
  const policy = directives(buildContentSecurityPolicy(nonce));

  it('allows scripts from our origin only, never eval or inline', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(buildContentSecurityPolicy(nonce)).not.toMatch(/unsafe-(eval|inline)/);
  });

  it('allows inline styles only with this load nonce', () => {
    expect(policy.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
  });

  it('locks down everything else', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    for (const name of ['object-src', 'base-uri', 'frame-ancestors', 'form-action']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
  });

  it('gives every load a different 128-bit nonce', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce((n) => randomBytes(n))));
    expect(nonces.size).toBe(50);
    expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });

  it('refuses a nonce that could break out of the header', () => {
    expect(() => buildContentSecurityPolicy("abc'; script-src *")).toThrow();
    expect(() => buildContentSecurityPolicy('')).toThrow();
  });

  it('puts the same nonce into the page meta tag', () => {
    const html = `<head><meta name="csp-nonce" content="${CSP_NONCE_PLACEHOLDER}"></head>`;
    expect(injectNonce(html, nonce)).toBe(
      `<head><meta name="csp-nonce" content="${nonce}"></head>`,
    );
  });
});
