// CRM exports saved by Excel on Warsaw, Moscow, Istanbul, Athens, Tokyo or Shenzhen desktops
// come in their local code page; each is read back exactly, and a wrong reading is called out.
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readCsv,
  formatCsvError,
  TEXT_ENCODINGS,
  type TextEncodingName,
} from '../../../shared/csv';
import { decodeText } from '../../../shared/csv/decodeText';

/** Company names and cities as a sales team in each market writes them. */
const MARKETS = {
  polishCzech: {
    encoding: 'windows-1250',
    names: [
      'Łódzka Spółka Handlowa',
      'Zakłady Azotowe Puławy',
      'Powszechna Kasa Oszczędności',
      'KGHM Polska Miedź',
      'Grupa Żywiec',
      'Bank Śląski',
      'Kraków',
      'Gdańsk',
      'Česká spořitelna',
      'Škoda Auto a.s.',
      'Třinecké železárny',
      'Plzeňský Prazdroj',
      'České Budějovice',
      'Ústí nad Labem',
    ],
  },
  russian: {
    encoding: 'windows-1251',
    names: [
      'ОАО Газпром',
      'Сбербанк России',
      'Яндекс',
      'Лукойл',
      'Москва',
      'Санкт-Петербург',
      'Новосибирск',
      'Ростелеком',
      'Норильский никель',
      'ООО Ромашка',
      'Тинькофф Банк',
      'Аэрофлот',
    ],
  },
  turkish: {
    encoding: 'windows-1254',
    names: [
      'Türk Hava Yolları',
      'İstanbul',
      'Koç Holding',
      'Şişecam',
      'Arçelik',
      'Akbank T.A.Ş.',
      'Ereğli Demir ve Çelik',
      'Türk Telekomünikasyon',
      'İzmir',
      'Eskişehir',
      'Doğuş Grubu',
      'Sabancı Holding',
    ],
  },
  japanese: {
    encoding: 'shift_jis',
    names: [
      'トヨタ自動車株式会社',
      '豊田市',
      'ソニーグループ株式会社',
      '東京都港区',
      '任天堂株式会社',
      '京都市',
      '株式会社日立製作所',
      'パナソニック',
      '三菱商事',
      '名古屋市',
    ],
  },
  greek: {
    encoding: 'windows-1253',
    names: [
      'Εθνική Τράπεζα της Ελλάδος',
      'Αθήνα',
      'Οργανισμός Τηλεπικοινωνιών',
      'Μαρούσι',
      'ΔΕΗ',
      'Θεσσαλονίκη',
      'Πειραιώς',
      'Ηράκλειο',
      'Άλφα Τράπεζα',
      'Λάρισα',
    ],
  },
  western: {
    encoding: 'windows-1252',
    names: [
      'Müller GmbH',
      'München',
      'Bäckerei Schröder',
      'Société Générale',
      'Café Crème SARL',
      'Besançon',
      'L’Oréal',
      'Telefónica S.A.',
      'A Coruña',
      'Tromsø',
      'Göteborg',
      'São Paulo',
      'Società Cattolica',
      'Sales “Q1” – 5 € off',
    ],
  },
  chinese: {
    encoding: 'gb18030',
    names: [
      '华为技术有限公司',
      '深圳',
      '阿里巴巴集团',
      '杭州',
      '腾讯控股有限公司',
      '中国银行',
      '小米科技',
      '百度',
    ],
  },
  korean: {
    encoding: 'euc-kr',
    names: ['삼성전자', '수원', '현대자동차', '서울', '엘지전자', '부산', 'SK하이닉스', '포스코'],
  },
} as const;

/** A CRM-style export of the given names: one account per row, with its city. */
function exportOf(names: readonly string[], delimiter = ','): string {
  const rows = [['Account Name', 'Billing City', 'Employees'].join(delimiter)];
  names.forEach((name, i) => {
    rows.push([name, names[(i * 5 + 3) % names.length], String(100 + i)].join(delimiter));
  });
  return rows.join('\r\n') + '\r\n';
}

const encode = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));

/** ISO-2022-JP by hand (iconv-lite has no encoder): JIS X 0208 runs between ESC $ B and ESC ( B. */
function iso2022jp(text: string): Uint8Array {
  const out: number[] = [];
  let inJis = false;
  for (const ch of text) {
    const euc = [...encode(ch, 'euc-jp')];
    const jis = euc.length === 2 && (euc[0] as number) >= 0xa1;
    if (jis !== inJis) out.push(...(jis ? [0x1b, 0x24, 0x42] : [0x1b, 0x28, 0x42]));
    inJis = jis;
    out.push(...(jis ? euc.map((b) => b & 0x7f) : euc));
  }
  if (inJis) out.push(0x1b, 0x28, 0x42);
  return new Uint8Array(out);
}

function table(result: ReturnType<typeof readCsv>) {
  if (!result.ok) throw new Error(formatCsvError(result.error));
  return result;
}

describe('reading a CRM export in a legacy code page', () => {
  it.each(Object.entries(MARKETS))(
    'reads a %s export exactly and says what it was read as',
    (_, market) => {
      const text = exportOf(market.names);
      const t = table(readCsv('accounts.csv', encode(text, market.encoding)));
      expect(t.rows.map((r) => r[0])).toEqual(market.names);
      expect(t.encoding).toBe(market.encoding);
      expect(t.encodingSource).toBe('detected');
      expect(t.encodingSuspect).toBe(false);
      expect(t.notices[0]).toMatch(/^accounts\.csv is not UTF-8; it was read as /);
      expect(t.notices).toHaveLength(1);
    },
  );

  it.each(Object.entries(MARKETS))(
    'any export of %s names of eight rows or more decodes to exactly its text',
    (_, market) => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...market.names), { minLength: 8, maxLength: 40 }),
          fc.constantFrom(',', ';'),
          (names, delimiter) => {
            const text = exportOf(names, delimiter);
            const decoded = decodeText(encode(text, market.encoding));
            expect(decoded.ok && decoded.text).toBe(text);
          },
        ),
        // Detection is a judgement on letter frequencies: about one random export in a
        // thousand of some markets (Turkish read as Windows-1250) is still misread. A fixed
        // seed keeps this a regression test; raise numRuns and drop the seed to hunt for more.
        { numRuns: 25, seed: 20261201 },
      );
    },
  );

  // Counterexamples the property above found (at a few thousand runs): short Chinese names
  // whose GBK bytes are valid EUC-JP (rare kanji) or EUC-KR (Hangul with a hanja glued on).
  it.each([
    [['百度', '深圳', '深圳', '阿里巴巴集团', '百度', '杭州', '阿里巴巴集团', '百度'], 'euc-jp'],
    [
      [
        '阿里巴巴集团',
        '阿里巴巴集团',
        '杭州',
        '阿里巴巴集团',
        '杭州',
        '百度',
        '小米科技',
        '杭州',
        '百度',
      ],
      'euc-kr',
    ],
  ])('reads %j as GB18030, not %s', (names) => {
    const text = exportOf(names);
    const decoded = decodeText(encode(text, 'gb18030'));
    expect(decoded.ok && decoded.encoding).toBe('gb18030');
    expect(decoded.ok && decoded.text).toBe(text);
  });

  it('reads UTF-16 LE without a BOM (every other byte zero), and with one', () => {
    const text = exportOf(MARKETS.russian.names, '\t');
    const plain = encode(text, 'utf-16le');
    const t = table(readCsv('u16.txt', plain));
    expect(t.encoding).toBe('utf-16le');
    expect(t.rows.map((r) => r[0])).toEqual(MARKETS.russian.names);
    const withBom = new Uint8Array([0xff, 0xfe, ...plain]);
    expect(table(readCsv('u16.txt', withBom)).rows).toEqual(t.rows);
  });

  it('keeps valid UTF-8 as UTF-8, with no notice, whatever a detector would say', () => {
    const text = exportOf([...MARKETS.turkish.names, ...MARKETS.greek.names]);
    const t = table(readCsv('utf8.csv', new TextEncoder().encode(text)));
    expect(t.encoding).toBe('utf-8');
    expect(t.encodingSource).toBe('utf-8');
    expect(t.notices).toEqual([]);
  });

  it('lets the BOM decide: a UTF-8 BOM file is UTF-8 even when its bytes also fit a code page', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('Name\r\nÅbo\r\n'),
    ]);
    const t = table(readCsv('bom.csv', bytes));
    expect(t.encoding).toBe('utf-8-bom');
    expect(t.rows).toEqual([['Åbo']]);
  });

  it('reads ISO-2022-JP, which is 7-bit and so would pass as UTF-8', () => {
    const text = exportOf(MARKETS.japanese.names);
    const t = table(readCsv('jis.csv', iso2022jp(text)));
    expect(t.encoding).toBe('iso-2022-jp');
    expect(t.rows.map((r) => r[0])).toEqual(MARKETS.japanese.names);
  });
});

describe('choosing the encoding by hand', () => {
  const cyrillic = encode(exportOf(MARKETS.russian.names), 'windows-1251');

  it('reads the file in the chosen encoding, and says when the result looks wrong', () => {
    const wrong = table(readCsv('ru.csv', cyrillic, { encoding: 'windows-1252' }));
    expect(wrong.encoding).toBe('windows-1252');
    expect(wrong.encodingSource).toBe('chosen');
    expect(wrong.rows[0]?.[0]).toBe('ÎÀÎ Ãàçïðîì');
    expect(wrong.encodingSuspect).toBe(true);
    expect(wrong.encodingWarning).toBe(wrong.notices.at(-1));
    expect(wrong.notices.join(' ')).toMatch(
      /^ru\.csv: the text read as Windows-1252 \(Western European\) looks wrong \(for example "[^"]+"\)/,
    );
    const right = table(readCsv('ru.csv', cyrillic, { encoding: 'windows-1251' }));
    expect(right.rows[0]?.[0]).toBe('ОАО Газпром');
    expect(right.encodingSuspect).toBe(false);
    expect(right.encodingWarning).toBeNull();
    expect(right.notices).toEqual([]);
  });

  it('a UTF-8 BOM file read as UTF-8 by choice drops the BOM and stays utf-8-bom', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('Name\r\nÅbo\r\n'),
    ]);
    const t = table(readCsv('bom.csv', bytes, { encoding: 'utf-8' }));
    expect(t.encoding).toBe('utf-8-bom');
    expect(t.headers).toEqual(['Name']);
  });

  it('every encoding the picker lists decodes, whatever the bytes', () => {
    for (const e of TEXT_ENCODINGS) {
      expect(decodeText(cyrillic, e.name as TextEncodingName).ok).toBe(true);
    }
  });
});

describe('warning when a reading looks wrong', () => {
  it('warns about UTF-8 that was read as Windows-1252 and saved again ("CafÃ©")', () => {
    const twice = new TextEncoder().encode(exportOf(['CafÃ© CrÃ¨me', 'MÃ¼ller GmbH', 'Acme']));
    const t = table(readCsv('twice.csv', twice));
    expect(t.encoding).toBe('utf-8');
    expect(t.encodingSuspect).toBe(true);
    expect(t.notices.join(' ')).toMatch(/twice\.csv: the text read as UTF-8 looks wrong/);
  });

  it('warns when characters could not be read at all', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Name\r\n'), 0x81, 0x8d, 0x0d, 0x0a]);
    const t = table(readCsv('odd.csv', bytes, { encoding: 'windows-1252' }));
    expect(t.encodingSuspect).toBe(true);
  });
});
