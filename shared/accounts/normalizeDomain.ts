/**
 * A website, e-mail address or host reduced to a bare host name. Lower case; scheme, user
 * info, `www.`, path, query, port, whitespace and trailing dots removed (PRODUCT.md).
 * 'https://WWW.Acme.com:443/about/' and 'acme.com.' both become 'acme.com'. An
 * internationalized name is written in its ASCII (punycode) form, so 'münchen.de' and
 * 'xn--mnchen-3ya.de' are one host. Whether the host identifies a company (and so is an
 * account's dedupe key) is companyDomain.ts's question.
 */

const SCHEME = /^[a-z][a-z0-9+.-]*:(\/\/)?/;
const HOST =
  /^[\p{L}\p{N}_](?:[\p{L}\p{N}_-]*[\p{L}\p{N}_])?(?:\.[\p{L}\p{N}_](?:[\p{L}\p{N}_-]*[\p{L}\p{N}_])?)+$/u;

// A host already in normal form (lower-case ASCII labels, no www.): what every step below
// would leave as it is. Most hosts of an e-mail column are, and 500,000 people's hosts
// skip the eight passes.
const NORMAL_HOST =
  /^(?!www\.)[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)+$/;

// A website as CRMs write it, 'https://www.acme.com/': its host, when in normal form, is
// what the steps below leave of it (the account import reads one a row).
const PLAIN_WEBSITE = /^https?:\/\/(?:www\.)?([^/?#\\@:\s]+)\/?$/;

/** The normalized domain of a website, e-mail address or host; '' when there is none. */
export function normalizeDomain(raw: string): string {
  if (NORMAL_HOST.test(raw)) return raw;
  const website = PLAIN_WEBSITE.exec(raw)?.[1];
  if (website !== undefined && NORMAL_HOST.test(website)) return website;
  return normalizeInFull(raw);
}

/** normalizeDomain without its shortcuts for hosts and websites in normal form (exported for its test). */
export function normalizeInFull(raw: string): string {
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
  if (!HOST.test(s)) return '';
  return NON_ASCII.test(s) ? toAscii(s) : s;
}

// eslint-disable-next-line no-control-regex -- the range is "anything but ASCII"
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The punycode form of an internationalized host, by the WHATWG URL parser (UTS #46, the
 * mapping browsers and CRMs use); '' when it has no valid one. Only non-ASCII hosts go
 * through it: the parser would also read an ASCII '123.45' as the IPv4 address 123.0.0.45.
 */
function toAscii(host: string): string {
  try {
    const ascii = new URL(`http://${host}/`).hostname;
    return HOST.test(ascii) ? ascii : '';
  } catch {
    return '';
  }
}
