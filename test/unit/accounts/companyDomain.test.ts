// Domains that do not identify a company are never a dedupe key: two companies whose website
// is a LinkedIn page, a gmail.com address or a Wix site stay two accounts. Unicode and
// punycode forms of one domain are one key.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dedupeCandidates,
  editAccountField,
  importAccounts,
  nonCompanyHost,
  nonCompanyWebsiteLabel,
  normalizeDomain,
  registrableDomain,
  websiteDomain,
  type Candidate,
  type ImportOptions,
} from '../../../shared/accounts';
import { sequentialIds } from '../../../shared/domain/ids';
import { makeAccount } from '../workspace/fixtures';

const options = (): ImportOptions => ({
  policy: 'fill-empty',
  defaultStatus: 'candidate',
  now: '2027-01-15T10:00:00.000Z',
  newId: sequentialIds('acc'),
  profile: null,
});

const NON_COMPANY_WEBSITES = [
  ['https://www.linkedin.com/company/acme', 'social'],
  ['de.linkedin.com/company/acme-gmbh', 'social'],
  ['https://facebook.com/acme', 'social'],
  ['https://x.com/acme', 'social'],
  ['twitter.com/acme', 'social'],
  ['instagram.com/acme', 'social'],
  ['https://www.youtube.com/@acme', 'social'],
  ['github.com/acme', 'social'],
  ['https://www.crunchbase.com/organization/acme', 'social'],
  ['https://en.wikipedia.org/wiki/Acme', 'social'],
  ['tiktok.com/@acme', 'social'],
  ['medium.com/@acme', 'social'],
  ['acme.medium.com', 'social'],
  ['https://bit.ly/3xYz', 'link'],
  ['linktr.ee/acme', 'link'],
  ['lnkd.in/abc', 'social'],
  ['ceo@gmail.com', 'free-mail'],
  ['outlook.com', 'free-mail'],
  ['yahoo.com', 'free-mail'],
  ['yahoo.co.jp', 'free-mail'],
  ['hotmail.co.uk', 'free-mail'],
  ['info@gmx.de', 'free-mail'],
  ['web.de', 'free-mail'],
  ['mail.ru', 'free-mail'],
  ['qq.com', 'free-mail'],
  ['https://sites.google.com/view/acme', 'site-builder'],
  ['acme.wixsite.com/home', 'site-builder'],
  ['acme.squarespace.com', 'site-builder'],
  ['acme.wordpress.com', 'site-builder'],
  ['acme.blogspot.com', 'site-builder'],
  ['acme.blogspot.co.uk', 'site-builder'],
  ['acme.github.io', 'site-builder'],
  ['acme.webflow.io', 'site-builder'],
  ['acme.myshopify.com', 'site-builder'],
] as const;

describe('which websites identify a company', () => {
  it.each(NON_COMPANY_WEBSITES)('%s is a %s host: website kept, no domain', (website, kind) => {
    expect(websiteDomain(website)).toEqual({
      host: normalizeDomain(website),
      domain: '',
      nonCompany: kind,
    });
    expect(nonCompanyWebsiteLabel(website)).not.toBe('');
  });

  it.each([
    'acme.com',
    'https://www.acme.co.uk/about',
    'eu.acme.com',
    'squarespace.com', // Squarespace itself: only sites under it are shared
    'wordpress.com',
    'google.com',
    'acme-linkedin.com', // a name that merely contains a platform's
    'notlinkedin.com',
    'gmail.com.acme.com',
  ])('%s is a company domain', (website) => {
    const w = websiteDomain(website);
    expect(w.nonCompany).toBeNull();
    expect(w.domain).toBe(normalizeDomain(website));
    expect(nonCompanyWebsiteLabel(website)).toBe('');
  });

  it('a host under a social or free-mail platform never identifies a company', () => {
    const platform = fc.constantFrom('linkedin.com', 'facebook.com', 'gmail.com', 'bit.ly');
    const label = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/);
    fc.assert(
      fc.property(fc.array(label, { maxLength: 3 }), platform, (labels, host) => {
        expect(nonCompanyHost([...labels, host].join('.'))).not.toBeNull();
      }),
    );
  });
});

describe('Unicode and punycode forms of a domain are one key', () => {
  it.each([
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['https://www.MÜNCHEN.de/stadt', 'xn--mnchen-3ya.de'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['info@bücher.example', 'xn--bcher-kva.example'],
    ['http://xn--bcher-kva.example/', 'xn--bcher-kva.example'],
    ['日本.jp', 'xn--wgv71a.jp'],
    ['faß.de', 'xn--fa-hia.de'],
  ])('%s → %s', (website, key) => {
    expect(normalizeDomain(website)).toBe(key);
    expect(normalizeDomain(key)).toBe(key);
  });

  it('an import of the punycode form meets the stored Unicode form, both ways', () => {
    for (const [stored, incoming] of [
      ['https://münchen.de', 'xn--mnchen-3ya.de'],
      ['xn--bcher-kva.example', 'https://www.bücher.example/'],
    ] as const) {
      const existing = makeAccount({ id: 'x', website: stored, domain: normalizeDomain(stored) });
      const r = importAccounts(
        [{ name: 'f.csv', bytes: `Account Name,Website\nSame,${incoming}\n` }],
        [existing],
        options(),
      );
      if (!r.ok) throw new Error('import failed');
      expect(r.counts.new, incoming).toBe(0);
      expect(r.unchanged + r.counts.updated, incoming).toBe(1);
    }
  });

  it('any Unicode host and its punycode form normalize to the same ASCII key', () => {
    // Not ß: its upper case is SS, another name.
    const letter = fc.constantFrom(...'abcdeäöüéñçøåłśžя日本'.split(''));
    const label = fc.array(letter, { minLength: 1, maxLength: 8 }).map((l) => l.join(''));
    fc.assert(
      fc.property(label, fc.constantFrom('de', 'com', 'example'), (name, tld) => {
        const key = normalizeDomain(`${name}.${tld}`);
        if (key === '') return;
        // eslint-disable-next-line no-control-regex -- ASCII only
        expect(key).toMatch(/^[\x00-\x7f]+$/);
        expect(normalizeDomain(key)).toBe(key);
        expect(normalizeDomain(`https://www.${name.toUpperCase()}.${tld}/x`)).toBe(key);
      }),
    );
  });
});

describe('non-company websites never merge two accounts', () => {
  const candidate = (row: number, website: string, name: string): Candidate => ({
    file: 'f.csv',
    row,
    fields: { name, website, domain: websiteDomain(website).domain },
    custom: {},
  });

  it('two companies with LinkedIn pages, gmail addresses or Wix sites stay apart, in a file and against the store', () => {
    const website = fc.constantFrom(...NON_COMPANY_WEBSITES.map(([w]) => w));
    fc.assert(
      fc.property(fc.array(website, { minLength: 2, maxLength: 8 }), (websites) => {
        const candidates = websites.map((w, i) => candidate(i + 2, w, `Company ${i}`));
        expect(dedupeCandidates(candidates, []).merged).toEqual([]);
        // Stored before this rule, an account may still carry the platform's host.
        const stored = websites.map((w, i) =>
          makeAccount({ id: `s${i}`, website: w, domain: normalizeDomain(w) }),
        );
        const { groups, merged } = dedupeCandidates(candidates, stored);
        expect(merged).toEqual([]);
        expect(groups.every((g) => g.existing === null)).toBe(true);
      }),
    );
  });

  it('they still match by CRM id', () => {
    const r = importAccounts(
      [
        {
          name: 'f.csv',
          bytes:
            'Account ID,Account Name,Website\n' +
            '001A000001NXWyt,Acme,linkedin.com/company/acme\n' +
            '001A000001NXWzz,Beta,linkedin.com/company/beta\n' +
            '001A000001NXWyt,Acme Inc,https://www.linkedin.com/company/acme\n',
        },
      ],
      [],
      options(),
    );
    if (!r.ok) throw new Error('import failed');
    expect(r.counts).toMatchObject({ new: 2, merged: 1 });
    expect(r.merged[0]?.matchedBy).toBe('salesforceId');
    expect(r.newAccounts.map((a) => [a.name, a.website, a.domain])).toEqual([
      ['Acme', 'linkedin.com/company/acme', ''],
      ['Beta', 'linkedin.com/company/beta', ''],
    ]);
  });

  it('a row with no name and only a LinkedIn page is rejected with the website column named', () => {
    const r = importAccounts(
      [{ name: 'f.csv', bytes: 'Website,Industry\nlinkedin.com/company/acme,Banking\n' }],
      [],
      options(),
    );
    if (!r.ok) throw new Error('import failed');
    expect(r.rejected).toEqual([
      {
        file: 'f.csv',
        row: 2,
        column: 'Website',
        value: 'linkedin.com/company/acme',
        reason: expect.stringContaining('does not identify a company') as string,
      },
    ]);
  });

  it('an inline edit of the website to a Facebook page keeps the text and clears the key', () => {
    const edited = editAccountField(makeAccount(), 'website', 'https://facebook.com/acme');
    expect(edited.ok && [edited.value.website, edited.value.domain]).toEqual([
      'https://facebook.com/acme',
      '',
    ]);
  });
});

describe('registrable domains come from the Public Suffix List', () => {
  it.each([
    ['eu.acme.com', 'acme.com'],
    ['shop.acme.co.uk', 'acme.co.uk'],
    ['a.b.acme.com.au', 'acme.com.au'],
    ['acme.us.com', 'acme.us.com'], // a private-section suffix: tenants stay apart
    ['emea.northwind.example', 'northwind.example'],
    ['1.2.3.4', ''],
  ])('%s → %s', (domain, registrable) => {
    expect(registrableDomain(domain)).toBe(registrable);
  });
});
