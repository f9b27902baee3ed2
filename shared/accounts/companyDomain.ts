/**
 * The account's dedupe key from its website: the normalized host, unless the host does not
 * identify a company (a LinkedIn page, a gmail.com address, acme.wixsite.com), in which case
 * the key is '' and the account matches by CRM id only. Every place that sets an account's
 * domain (import, inline edit, the sample, the CLI through the import) goes through
 * `websiteDomain`, so the rule is the same everywhere. Registrable domains come from the
 * Public Suffix List through tldts.
 */
import { getDomain, getDomainWithoutSuffix } from 'tldts';
import { normalizeDomain } from './normalizeDomain';
import {
  FREE_MAIL_BRANDS,
  HOST_RULES,
  NON_COMPANY_LABELS,
  SITE_BUILDER_BRANDS,
  type HostRule,
  type NonCompanyKind,
} from './nonCompanyHosts';
import { StringTable } from '../text/stringTable';

export { NON_COMPANY_LABELS, type NonCompanyKind } from './nonCompanyHosts';

// The grid asks for every row on every sort or filter of this column: hosts repeat, the
// answer never changes, so remember it. Cleared when it grows past any real workspace.
const CACHE_LIMIT = 200_000;
const kindCache = new Map<string, NonCompanyKind | null>();
const registrableCache = new Map<string, string>();
const labelCache = new Map<string, string>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

// The host's every label and suffix is looked up, a few per account of an import: by slice
// (StringTable.getSlice), not as new strings (split and slice took ~2 µs an account).
const BRAND_LABELS = new StringTable<true>();
for (const brand of [...FREE_MAIL_BRANDS, ...SITE_BUILDER_BRANDS]) BRAND_LABELS.set(brand, true);
const RULES = new StringTable<HostRule>();
for (const [suffix, rule] of HOST_RULES) RULES.set(suffix, rule);

/** Whether a label of the host is a brand with hosts under many country domains. */
function hasBrandLabel(host: string): boolean {
  for (let from = 0; ;) {
    const dot = host.indexOf('.', from);
    const to = dot < 0 ? host.length : dot;
    if (BRAND_LABELS.getSlice(host, from, to)) return true;
    if (dot < 0) return false;
    from = dot + 1;
  }
}

function classify(host: string): NonCompanyKind | null {
  // The host, then each suffix after a dot (acme.wixsite.com, wixsite.com, com).
  for (let from = 0; ;) {
    const rule = RULES.getSlice(host, from, host.length);
    if (rule && !(rule.underOnly && from === 0)) return rule.kind;
    const dot = host.indexOf('.', from);
    if (dot < 0) break;
    from = dot + 1;
  }
  // Parsing the suffix list is the slow part: only hosts naming a brand need it.
  if (!hasBrandLabel(host)) return null;
  // ICANN section only: the brand is the label before the country's suffix (yahoo.co.jp).
  const brand = getDomainWithoutSuffix(host) ?? '';
  if (FREE_MAIL_BRANDS.has(brand)) return 'free-mail';
  if (SITE_BUILDER_BRANDS.has(brand) && host !== getDomain(host)) return 'site-builder';
  return null;
}

/** Why a normalized host is not a company's domain, or null when it is one. */
export function nonCompanyHost(host: string): NonCompanyKind | null {
  if (host === '') return null;
  const cached = kindCache.get(host);
  return cached !== undefined ? cached : remember(kindCache, host, classify(host));
}

export interface WebsiteDomain {
  /** The normalized host; '' when the text is not a website, domain or e-mail address. */
  host: string;
  /** The dedupe key: the host, or '' when the host does not identify a company. */
  domain: string;
  nonCompany: NonCompanyKind | null;
}

/** What a website's text gives an account: its host, its dedupe key, and why they differ. */
export function websiteDomain(website: string): WebsiteDomain {
  const host = normalizeDomain(website);
  const nonCompany = nonCompanyHost(host);
  return { host, domain: nonCompany ? '' : host, nonCompany };
}

/**
 * The dedupe key a domain stored by an older version has under today's rules: its IDN form
 * in punycode, and '' for a host that does not identify a company (older versions kept
 * `linkedin.com` for a LinkedIn page, which merged unrelated companies).
 */
export function storedDomainKey(domain: string): string {
  if (domain === '') return '';
  return websiteDomain(domain).domain;
}

/** The label the grid shows for an account whose website is not a company domain, else ''. */
export function nonCompanyWebsiteLabel(website: string): string {
  if (website === '') return '';
  const cached = labelCache.get(website);
  if (cached !== undefined) return cached;
  const kind = nonCompanyHost(normalizeDomain(website));
  return remember(labelCache, website, kind ? NON_COMPANY_LABELS[kind] : '');
}

/**
 * The registrable domain of a company domain ('eu.acme.co.uk' → 'acme.co.uk'), with the
 * Public Suffix List's private section, so two tenants of one platform (a.us.com, b.us.com)
 * stay apart. '' for hosts the list cannot place (an IP address, a single label).
 */
export function registrableDomain(domain: string): string {
  if (domain === '') return '';
  const cached = registrableCache.get(domain);
  if (cached !== undefined) return cached;
  const registrable = getDomain(domain, { allowPrivateDomains: true }) ?? '';
  return remember(registrableCache, domain, registrable);
}
