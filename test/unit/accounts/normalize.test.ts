import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeDomain, parseNumber, regionOf, toCountryCode } from '../../../shared/accounts';

describe('a website becomes one dedupe key', () => {
  it('strips scheme, www, path, query, port, case, whitespace and trailing dots', () => {
    for (const v of [
      'acme.com',
      'ACME.COM',
      'https://www.acme.com',
      'http://WWW.Acme.com:8080/about?x=1#top',
      ' www.acme.com. ',
      '//acme.com/',
      'acme.com:443',
      'https://user@acme.com',
      'sales@acme.com',
    ]) {
      expect(normalizeDomain(v), v).toBe('acme.com');
    }
  });

  it('gives no key for values that are not hosts', () => {
    for (const v of ['', 'n/a', 'acme', 'http://', 'not a site'])
      expect(normalizeDomain(v), v).toBe('');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(normalizeDomain(normalizeDomain(s))).toBe(normalizeDomain(s));
      }),
    );
    fc.assert(
      fc.property(fc.webUrl(), (s) => {
        expect(normalizeDomain(normalizeDomain(s))).toBe(normalizeDomain(s));
      }),
    );
  });

  it('a host already in normal form takes the short way and comes out as the long way gives it', () => {
    // A leading space is dropped first by the long way and keeps the short way from being
    // taken, so the two answers must agree for any host-like text.
    const hostLike = fc.string({
      unit: fc.constantFrom('a', 'z', '0', '9', '-', '_', '.', 'w', 'W', 'é', '@', ':', '/'),
      maxLength: 24,
    });
    fc.assert(
      fc.property(fc.oneof(hostLike, fc.domain(), fc.string()), (s) => {
        expect(normalizeDomain(s)).toBe(normalizeDomain(` ${s}`));
      }),
      { numRuns: 2000 },
    );
    for (const s of ['www.acme.com', 'www.www.acme.com', 'acme-.com', '-acme.com', 'a..b', 'a.b.'])
      expect(normalizeDomain(s), s).toBe(normalizeDomain(` ${s}`));
  });

  it('maps scheme, www, path, case, port and trailing-dot variants of any domain to one key', () => {
    const variant = fc.record({
      scheme: fc.constantFrom('', 'http://', 'https://', 'HTTPS://', '//'),
      www: fc.constantFrom('', 'www.', 'WWW.'),
      port: fc.constantFrom('', ':80', ':8443'),
      path: fc.constantFrom('', '/', '/about/us', '?q=1', '#x'),
      dot: fc.constantFrom('', '.'),
      upper: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.domain(), variant, (domain, v) => {
        const key = normalizeDomain(domain);
        const host = v.upper ? domain.toUpperCase() : domain;
        expect(normalizeDomain(`${v.scheme}${v.www}${host}${v.dot}${v.port}${v.path}`)).toBe(key);
        expect(key).toBe(key.toLowerCase());
      }),
    );
  });
});

describe('countries become ISO alpha-2 codes with a region', () => {
  it.each([
    ['USA', 'US'],
    ['United States', 'US'],
    ['U.S.A.', 'US'],
    ['us', 'US'],
    ['Deutschland', 'DE'],
    ['DEU', 'DE'],
    ['germany', 'DE'],
    ['Österreich', 'AT'],
    ['Oesterreich', null],
    ['Osterreich', 'AT'],
    ['España', 'ES'],
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
    ['Great Britain', 'GB'],
    ['Korea, Republic of', 'KR'],
    ['Republic of Korea', 'KR'],
    ['South Korea', 'KR'],
    ['Schweiz', 'CH'],
    ['Côte d’Ivoire', 'CI'],
    ['', ''],
    ['Atlantis', null],
  ])('%s → %s', (raw, code) => expect(toCountryCode(raw)).toBe(code));

  it('derives the sales region', () => {
    expect(regionOf('US')).toBe('North America');
    expect(regionOf('BR')).toBe('LATAM');
    expect(regionOf('DE')).toBe('EMEA');
    expect(regionOf('ZA')).toBe('EMEA');
    expect(regionOf('JP')).toBe('APAC');
    expect(regionOf('XX')).toBe('');
  });
});

describe('numbers as exports write them', () => {
  it.each([
    ['1,234', '.', 1234],
    ['1,234,567.89', '.', 1234567.89],
    ['$1,500,000.00', '.', 1500000],
    ['USD 2,000', '.', 2000],
    ['€ 1.234,50', ',', 1234.5],
    ['1.234.567', ',', 1234567],
    ['1234,5', ',', 1234.5],
    ['12,5', '.', 12.5],
    ["1'000'000", '.', 1000000],
    ['1 234 567', ',', 1234567],
    ['(1,200)', '.', -1200],
    ['-12.5', '.', -12.5],
    ['2.5M', '.', 2500000],
    ['10k', '.', 10000],
    ['', '.', null],
  ] as const)('%s (decimal %s) → %s', (raw, dec, value) => {
    expect(parseNumber(raw, dec)).toEqual({ ok: true, value });
  });

  it.each([
    'abc',
    '12abc',
    '1,23,4',
    '1.2.3,4,5',
    '--5',
    '5 apples',
    'N/A',
    'n/a',
    '-',
    'none',
    'unknown',
    '?',
  ])('rejects %s, never zero', (raw) => {
    const r = parseNumber(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(raw);
  });

  it('reads back any number written in either locale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const us = whole.toLocaleString('en-US') + '.' + String(cents).padStart(2, '0');
          const de = whole.toLocaleString('de-DE') + ',' + String(cents).padStart(2, '0');
          const expected = whole + cents / 100;
          const a = parseNumber(us, '.');
          const b = parseNumber(de, ',');
          expect(a.ok && a.value).toBeCloseTo(expected, 2);
          expect(b.ok && b.value).toBeCloseTo(expected, 2);
        },
      ),
    );
  });
});
