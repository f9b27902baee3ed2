/**
 * The dedupe key of an account: its website reduced to a bare host name. Lower case; scheme,
 * user info, `www.`, path, query, port, whitespace and trailing dots removed (PRODUCT.md).
 * 'https://WWW.Acme.com:443/about/' and 'acme.com.' both become 'acme.com'.
 */

const SCHEME = /^[a-z][a-z0-9+.-]*:(\/\/)?/;
const HOST =
  /^[\p{L}\p{N}_](?:[\p{L}\p{N}_-]*[\p{L}\p{N}_])?(?:\.[\p{L}\p{N}_](?:[\p{L}\p{N}_-]*[\p{L}\p{N}_])?)+$/u;

/** The normalized domain of a website, e-mail address or host; '' when there is none. */
export function normalizeDomain(raw: string): string {
  let s = raw.replace(/\s+/g, '').toLowerCase();
  if (s === '') return '';
  s = s.replace(/^\/\//, '');
  // 'acme.com:8080' has no scheme, but 'http:' must go; a bare host never has ':' before '//'.
  if (SCHEME.test(s) && !/^[^/:]+:\d/.test(s)) s = s.replace(SCHEME, '');
  s = s.split(/[/?#\\]/, 1)[0] ?? '';
  const at = s.lastIndexOf('@');
  if (at >= 0) s = s.slice(at + 1);
  s = s.replace(/:.*$/, '');
  s = s.replace(/\.+$/, '').replace(/^\.+/, '');
  while (s.startsWith('www.')) s = s.slice(4);
  return HOST.test(s) ? s : '';
}
